/**
 * Combines the three filters on the full resource list: hides cards whose data-types / data-area / data-features do
 * not match, hides empty category groups, and announces the count. A change applies at once; the form's button does
 * the same for those who look for one. Without JavaScript the form stays hidden.
 */
export function setUpResourceFilter(form: HTMLFormElement, list: HTMLElement): void {
  const apply = () => {
    const data = new FormData(form);
    const type = String(data.get("type") ?? "");
    const area = String(data.get("area") ?? "");
    const feature = String(data.get("feature") ?? "");
    let total = 0;
    for (const group of list.querySelectorAll<HTMLElement>("[data-resource-group]")) {
      let shown = 0;
      for (const item of group.querySelectorAll<HTMLElement>("[data-resource]")) {
        const ok =
          (!type || (item.dataset["types"] ?? "").split(" ").includes(type)) &&
          (!area || item.dataset["area"] === area) &&
          (!feature || (item.dataset["features"] ?? "").split(" ").includes(feature));
        item.hidden = !ok;
        if (ok) shown++;
      }
      group.hidden = shown === 0;
      const count = group.querySelector("[data-group-count]");
      if (count) count.textContent = String(shown);
      total += shown;
    }
    const status = form.querySelector("[data-filter-count]");
    if (status) status.textContent = `${total}件が当てはまります`;
    // The folded filters' button (phones) names the active choice.
    const current = form.closest("[data-fold]")?.querySelector("[data-fold-current]");
    if (current) {
      const chosen = [...form.querySelectorAll("select")].filter((s) => s.value).map((s) => s.selectedOptions[0]?.text ?? "");
      current.textContent = chosen.join("・") || "すべて";
    }
  };
  form.hidden = false;
  form.addEventListener("change", apply);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    apply();
  });
}

const form = document.querySelector<HTMLFormElement>("[data-resource-filter]");
const list = document.querySelector<HTMLElement>("[data-resource-list]");
if (form && list) setUpResourceFilter(form, list);
