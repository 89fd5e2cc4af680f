/**
 * The HTML baseline: a bare Astro project (default config, no integrations, no layout) with one plain `.md` page per
 * page of our build, holding the same text, built by this project's installed Astro with the same Node.js.
 *
 * Pages that come from an MDX file of the content folder (pamphlets/<slug>/ ← pamphlets/<slug>.mdx) get that file's
 * Markdown body, images included; every other page (home, lists, 404, …) gets the text of its <main> as Markdown.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { listFiles } from "../measure/output.ts";

/** Decodes the HTML entities Astro writes. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&nbsp;", " ")
    .replaceAll("&amp;", "&");
}

/** The text of a page's <main> (or <body>) as plain Markdown: headings, paragraphs, list items. */
export function htmlToMarkdown(html: string): string {
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? /<body\b[^>]*>([\s\S]*?)<\/body>/.exec(html)?.[1] ?? "";
  const text = main
    .replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1>/g, "")
    .replace(/<h([1-6])\b[^>]*>/g, (_, level: string) => `\n\n${"#".repeat(Number(level))} `)
    .replace(/<li\b[^>]*>/g, "\n- ")
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<\/(h[1-6]|p|div|section|article|ul|ol|table|tr|nav|header|footer|dl|dt|dd|li)>/g, "\n\n")
    .replace(/<(td|th)\b[^>]*>/g, " ")
    .replace(/<[^>]+>/g, "");
  return `${decodeEntities(text)
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .replaceAll("<", "&lt;")}\n`;
}

/** Splits `---` front matter from an MDX/Markdown file. */
function mdxBody(text: string): { title: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const title = match ? (/^title:\s*(.+)$/m.exec(match[1] ?? "")?.[1]?.trim() ?? "") : "";
  return { title: title.replace(/^["']|["']$/g, ""), body: match ? text.slice(match[0].length) : text };
}

/**
 * Writes the bare project into `dir`.
 * @param ourDist our build's output (the list of pages and their text)
 * @param contentDir the content folder our build read (MDX bodies, images)
 * @param nodeModules this project's node_modules (symlinked: the same installed Astro)
 * @returns the number of pages written
 */
export function writeBareAstroProject(dir: string, ourDist: string, contentDir: string, nodeModules: string): number {
  mkdirSync(path.join(dir, "src", "pages"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), `${JSON.stringify({ name: "bare-astro", private: true, type: "module" })}\n`);
  writeFileSync(path.join(dir, "astro.config.mjs"), "export default {};\n");
  symlinkSync(nodeModules, path.join(dir, "node_modules"), "dir");
  if (existsSync(path.join(contentDir, "images")))
    cpSync(path.join(contentDir, "images"), path.join(dir, "src", "images"), { recursive: true });
  let pages = 0;
  for (const page of listFiles(ourDist).filter((f) => f.endsWith(".html"))) {
    // pamphlets/foo/index.html → pamphlets/foo ; 404.html → 404 ; index.html → index
    const route = page === "index.html" ? "index" : page.replace(/\/index\.html$/, "").replace(/\.html$/, "");
    const target = path.join(dir, "src", "pages", `${route}.md`);
    mkdirSync(path.dirname(target), { recursive: true });
    const mdx = path.join(contentDir, `${route}.mdx`);
    let markdown: string;
    if (existsSync(mdx)) {
      const { title, body } = mdxBody(readFileSync(mdx, "utf8"));
      // Images: content/<folder>/x.mdx → ../images/…; src/pages/<route>.md → up to src/, then images/.
      const up = "../".repeat(route.split("/").length);
      markdown = `---\ntitle: ${JSON.stringify(title)}\n---\n\n# ${title}\n\n${body.replaceAll("](../images/", `](${up}images/`)}`;
    } else {
      markdown = htmlToMarkdown(readFileSync(path.join(ourDist, page), "utf8"));
    }
    writeFileSync(target, markdown);
    pages++;
  }
  return pages;
}
