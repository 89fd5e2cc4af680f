import type { APIRoute } from "astro";
import { iconCharacter, iconPng } from "../outputs/site-icon.ts";
import { siteConfig } from "../site.ts";

/** /apple-touch-icon.png: the site's icon (src/lib/site-icon.ts) for home-screen shortcuts, 180 pixels square. */
export const GET: APIRoute = () =>
  new Response(new Uint8Array(iconPng(iconCharacter(siteConfig.municipality.name), 180)), {
    headers: { "Content-Type": "image/png" },
  });
