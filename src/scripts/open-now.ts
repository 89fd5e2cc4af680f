/**
 * "Open now / next opening" for every [data-open-now] element: computed in the resident's browser from the structured
 * hours (JSON in data-hours) and the holiday list the build wrote (data-holidays, valid until data-holidays-until).
 * Without JavaScript, or when the page is older than its holiday list, nothing is shown and the hours table remains.
 */
import { addDays, describeStatus, type OpeningHours, openingStatus, tokyoMoment } from "../lib/windows/opening-hours.ts";

export function renderOpenNow(root: ParentNode = document, instant: Date = new Date()): void {
  const now = tokyoMoment(instant);
  for (const el of root.querySelectorAll<HTMLElement>("[data-open-now]")) {
    const until = el.dataset["holidaysUntil"] ?? "";
    if (addDays(now.date, 14) > until) continue;
    const holidays = new Set((el.dataset["holidays"] ?? "").split(",").filter(Boolean));
    const hours = JSON.parse(el.dataset["hours"] ?? "null") as OpeningHours | null;
    if (!hours) continue;
    const status = openingStatus(hours, now, (d) => holidays.has(d));
    el.textContent = describeStatus(status, now);
    el.classList.toggle("open-now--open", status.open);
    el.hidden = false;
  }
}

renderOpenNow();
