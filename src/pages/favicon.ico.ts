import type { APIRoute } from "astro";
import { iconCharacter, iconPng, pngsToIco } from "../outputs/site-icon.ts";
import { siteConfig } from "../site.ts";

/** /favicon.ico: the site's icon (src/lib/site-icon.ts) at 16, 32 and 48 pixels. */
export const GET: APIRoute = () => {
  const character = iconCharacter(siteConfig.municipality.name);
  const ico = pngsToIco([16, 32, 48].map((size) => ({ size, png: iconPng(character, size) })));
  return new Response(new Uint8Array(ico), { headers: { "Content-Type": "image/x-icon" } });
};
