/**
 * Enhances the town finder: shows the form, and on input or selection shows the 地域包括支援センター serving the town,
 * with a tel: link, the weekly hours and "open now". Text only (textContent): no content is parsed as HTML.
 * The data (towns, centres, holidays) is fetched from the section's data-town-url; the form appears only once it has
 * arrived, so a failed request leaves the page as without JavaScript (the static town list).
 */
import { addDays, describeStatus, type OpeningHours, openingStatus, tokyoMoment } from "../lib/windows/opening-hours.ts";
import { findTownUnits, type TownUnit } from "../lib/windows/town.ts";

interface Centre {
  name: string;
  url: string;
  phone: string;
  tel: string;
  summary: string;
  address: string;
  hours: OpeningHours;
}
/** The finder's data, as src/town-finder-data.ts publishes it. */
export interface FinderData {
  prefixes: string[];
  units: (TownUnit & { owner?: string })[];
  centres: Record<string, Centre>;
  holidays: { dates: string[]; until: string };
  fallback: { name: string; phone: string; tel: string };
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function phoneLine(label: string, phone: string, tel: string): HTMLParagraphElement {
  const p = el("p", undefined, { class: "tel" });
  p.append(`${label} `, el("a", phone, { href: tel, class: "tel-number" }));
  return p;
}

/** Fetches the finder's data (same origin), then sets the finder up; nothing happens when the request fails. */
export async function loadTownFinder(section: HTMLElement, instant: () => Date = () => new Date()): Promise<void> {
  const url = section.dataset["townUrl"];
  if (!url) return;
  try {
    const response = await fetch(url);
    if (!response.ok) return;
    setUpTownFinder(section, (await response.json()) as FinderData, instant);
  } catch {
    // Offline or blocked: the static town list (linked or below) still answers the question.
  }
}

/** Shows the form and answers typed or chosen towns from `data`. */
export function setUpTownFinder(section: HTMLElement, data: FinderData, instant: () => Date = () => new Date()): void {
  const form = section.querySelector<HTMLFormElement>("[data-town-finder]");
  const result = section.querySelector<HTMLElement>("[data-town-result]");
  if (!form || !result) return;
  const input = form.querySelector<HTMLInputElement>("input[name=town]");
  const select = form.querySelector<HTMLSelectElement>("select");
  const holidays = new Set(data.holidays.dates);

  const show = (query: string) => {
    result.replaceChildren();
    if (query.trim() === "") return;
    const units = findTownUnits(query, data.units, data.prefixes) as FinderData["units"];
    if (units.length === 0) {
      result.append(el("p", `「${query}」に当てはまる町名が見つかりませんでした。町名を確かめるか、下の窓口にお電話ください。`));
      result.append(phoneLine(data.fallback.name, data.fallback.phone, data.fallback.tel));
      return;
    }
    const owners = [...new Set(units.map((u) => u.owner).filter((o): o is string => Boolean(o)))];
    if (owners.length > 1) {
      result.append(el("p", "丁目によって担当が分かれています。お住まいの丁目を選んでください。"));
    }
    for (const owner of owners) {
      const centre = data.centres[owner];
      if (!centre) continue;
      const labels = units.filter((u) => u.owner === owner).map((u) => u.label);
      const card = el("div", undefined, { class: "card town-finder__centre" });
      card.append(el("p", `${labels.length > 4 ? `${labels.slice(0, 4).join("、")} ほか` : labels.join("、")} の担当は`));
      const heading = el("h3");
      heading.append(el("a", centre.name, { href: centre.url }));
      card.append(heading, phoneLine("電話", centre.phone, centre.tel), el("p", `受付: ${centre.summary}`));
      const now = tokyoMoment(instant());
      if (addDays(now.date, 14) <= data.holidays.until) {
        const status = openingStatus(centre.hours, now, (d) => holidays.has(d));
        card.append(el("p", describeStatus(status, now), { class: `open-now${status.open ? " open-now--open" : ""}` }));
      }
      card.append(el("p", centre.address, { class: "meta" }));
      result.append(card);
    }
  };

  form.hidden = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    show(input?.value ?? "");
  });
  input?.addEventListener("change", () => show(input.value));
  select?.addEventListener("change", () => {
    if (input) input.value = select.value;
    show(select.value);
  });
}

for (const section of document.querySelectorAll<HTMLElement>(".town-finder")) void loadTownFinder(section);
