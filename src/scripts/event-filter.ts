/**
 * In-page filtering of the upcoming-events list by kind and area. Without JavaScript the same links open static
 * filter pages (/events/kind/<slug>/, /events/area/<地区>/); with it, a click filters the list in place, the two
 * filters combine, and a live region says how many events are shown.
 */
import { refreshEventGroups } from "./event-groups.ts";

const root = document.querySelector<HTMLElement>("[data-event-filter]");
if (root) {
  const state: { kind?: string | undefined; area?: string | undefined } = {};
  const status = root.querySelector<HTMLElement>("[data-filter-status]");
  const apply = () => {
    let shown = 0;
    for (const item of document.querySelectorAll<HTMLElement>("[data-event-item]")) {
      const match = (!state.kind || item.dataset["kind"] === state.kind) && (!state.area || item.dataset["area"] === state.area);
      item.classList.toggle("is-filtered-out", !match);
      if (match && !item.classList.contains("is-ended")) shown++;
    }
    const chosen: string[] = [];
    for (const link of root.querySelectorAll<HTMLAnchorElement>("a[data-filter]")) {
      const [dimension, value] = [link.dataset["filter"], link.dataset["value"]];
      const active = dimension === "kind" ? state.kind === value : state.area === value;
      if (active) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
      if (active) chosen.push(link.dataset["label"] ?? link.textContent ?? "");
    }
    // The folded filters' button (phones) names the active choice.
    const current = root.querySelector<HTMLElement>("[data-fold-current]");
    if (current) current.textContent = chosen.join("・") || "すべて";
    const reset = root.querySelector<HTMLElement>("[data-filter-reset]");
    if (reset) reset.hidden = !state.kind && !state.area;
    if (status) status.textContent = state.kind || state.area ? `${shown}件の催しを表示しています` : "";
    refreshEventGroups();
  };
  root.addEventListener("click", (event) => {
    const target =
      event.target instanceof Element ? event.target.closest<HTMLElement>("[data-filter],[data-filter-reset]") : null;
    if (!target) return;
    event.preventDefault();
    if (target.hasAttribute("data-filter-reset")) {
      state.kind = undefined;
      state.area = undefined;
    } else {
      const dimension = target.dataset["filter"] as "kind" | "area";
      const value = target.dataset["value"];
      state[dimension] = state[dimension] === value ? undefined : value;
    }
    apply();
  });
}
