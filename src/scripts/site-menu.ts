/**
 * The phone header's 「メニュー」 disclosure (src/components/SiteHeader.astro) works without JavaScript; this only
 * adds the keyboard manners of a menu: Escape closes it and puts the focus back on its button, and a tap outside the
 * open panel closes it.
 */
function setupSiteMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>("details[data-site-menu]");
  const summary = menu?.querySelector<HTMLElement>("summary");
  if (!menu || !summary) return;
  menu.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !menu.open) return;
    menu.open = false;
    summary.focus();
  });
  document.addEventListener("click", (event) => {
    if (menu.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
  });
}

setupSiteMenu();
