/**
 * The site's only inline script, and the Content-Security-Policy hash that allows it. Every other script is a file
 * (Astro bundles them; `vite.build.assetsInlineLimit: 0` keeps them files). The CSP (src/lib/site/security-headers.ts),
 * the post-build verification and the tests all take the allowed hashes from here, so the script and its hash
 * cannot drift apart: change the text, and the hash follows.
 */
import { createHash } from "node:crypto";

/**
 * Applies the reading aids chosen earlier (text size, contrast; src/scripts/a11y-tools.ts) before the first paint,
 * so a page never flashes in the default size. Rendered with `set:html` exactly as written here.
 */
export const READING_AIDS_INIT =
  'try{var d=document.documentElement,s=localStorage.getItem("zaitaku:text-size"),c=localStorage.getItem("zaitaku:contrast");' +
  'if(s==="large"||s==="xlarge")d.dataset.textSize=s;if(c==="high")d.dataset.contrast=c}catch(e){}';

/** Every inline script the site may contain. */
export const INLINE_SCRIPTS: readonly string[] = [READING_AIDS_INIT];

/** CSP source for a script's exact text: `'sha256-…'` (base64 of the SHA-256 of its UTF-8 bytes). */
export function scriptHashSource(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** The CSP sources of {@link INLINE_SCRIPTS}. */
export function inlineScriptHashSources(): string[] {
  return INLINE_SCRIPTS.map(scriptHashSource);
}
