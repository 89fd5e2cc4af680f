/** Shared by the status and filter scripts: hides month groups with no visible event and shows the "none" note. */
export function refreshEventGroups(): void {
  const visible = (root: ParentNode) => root.querySelectorAll("[data-event-item]:not(.is-ended):not(.is-filtered-out)").length;
  for (const item of document.querySelectorAll<HTMLElement>("[data-event-item]")) {
    const li = item.parentElement;
    if (li?.tagName === "LI") li.hidden = item.classList.contains("is-ended") || item.classList.contains("is-filtered-out");
  }
  for (const group of document.querySelectorAll<HTMLElement>("[data-month-group]")) group.hidden = visible(group) === 0;
  for (const list of document.querySelectorAll<HTMLElement>("[data-event-list]")) {
    const empty = list.querySelector<HTMLElement>("[data-empty-note]");
    if (empty) empty.hidden = visible(list) > 0;
    const count = list.querySelector<HTMLElement>("[data-visible-count]");
    if (count) count.textContent = `${visible(list)}件`;
  }
}
