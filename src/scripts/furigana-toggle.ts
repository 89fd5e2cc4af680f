/** Remembers the ふりがな checkbox (src/components/FuriganaToggle.astro) in this browser. */
const FURIGANA_KEY = "zaitaku:furigana";

for (const box of document.querySelectorAll<HTMLInputElement>("input[data-furigana-toggle]")) {
  try {
    if (localStorage.getItem(FURIGANA_KEY) === "on") box.checked = true;
  } catch {
    // Storage blocked (private mode): the box still works for this page.
  }
  box.addEventListener("change", () => {
    try {
      if (box.checked) localStorage.setItem(FURIGANA_KEY, "on");
      else localStorage.removeItem(FURIGANA_KEY);
    } catch {
      // Not remembered, still shown.
    }
  });
}
