/**
 * The map island. Nothing is fetched at page load: Leaflet (bundled, same origin) and the tiles load only after the
 * resident presses 「地図を表示」. Places are drawn as circle markers (no marker images), each linking to its page.
 */
interface Place {
  anchor: string;
  group: string;
  name: string;
  detail: string;
  url: string;
  lat: number;
  lon: number;
}

const view = document.querySelector<HTMLElement>("[data-map-view]");
const button = view?.querySelector<HTMLButtonElement>("[data-map-button]");
const canvas = view?.querySelector<HTMLElement>("[data-map-canvas]");
if (view && button && canvas) {
  view.querySelector<HTMLElement>("[data-map-needs-js]")?.remove();
  button.hidden = false;
  button.addEventListener(
    "click",
    async () => {
      button.disabled = true;
      button.textContent = "地図を読み込んでいます…";
      const [{ default: L }, places] = await Promise.all([
        import("leaflet"),
        fetch(view.dataset["placesUrl"] ?? "").then((r) => (r.ok ? (r.json() as Promise<Place[]>) : [])),
        import("leaflet/dist/leaflet.css"),
      ]);
      canvas.hidden = false;
      const map = L.map(canvas, { scrollWheelZoom: false });
      L.tileLayer(view.dataset["tileUrl"] ?? "", {
        maxZoom: Number(view.dataset["maxZoom"] ?? 18),
        attribution: `<a href="${encodeURI(view.dataset["attributionUrl"] ?? "")}">${(view.dataset["attribution"] ?? "").replace(/[<>&"]/g, "")}</a>`,
      }).addTo(map);
      const bounds: [number, number][] = [];
      for (const p of places) {
        const marker = L.circleMarker([p.lat, p.lon], {
          radius: 9,
          weight: 2,
          color: p.group === "相談窓口" ? "#00563f" : "#0b4a9e",
          fillOpacity: 0.8,
        }).addTo(map);
        const popup = document.createElement("div");
        const link = document.createElement("a");
        link.href = p.url;
        link.textContent = p.name;
        popup.append(link, document.createElement("br"), p.detail);
        marker.bindPopup(popup);
        bounds.push([p.lat, p.lon]);
      }
      if (bounds.length > 0) map.fitBounds(bounds, { padding: [24, 24] });
      else map.setView([35.68, 139.69], 12);
      view.querySelector<HTMLElement>("[data-map-attribution]")?.removeAttribute("hidden");
      button.hidden = true;
    },
    { once: true },
  );
}
