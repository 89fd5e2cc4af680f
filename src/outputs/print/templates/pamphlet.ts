/**
 * The pamphlet PDF (`/pamphlets/<slug>.pdf`): A4 portrait, as many pages as the content needs. First page: site
 * name, title, updated date, the description as a lead and the notice that the web page is the official version;
 * then the body (headings, paragraphs, lists, tables, images) and a contact box; the standard footer on every page.
 * Laid out by templates/pamphlet.typ with Typst: the content goes in as JSON data, never as markup.
 */
import path from "node:path";
import { ContentError, type ContentIssue } from "../../../lib/content/content-issue.ts";
import { formatJapaneseDate } from "../../../lib/dates/japanese-date.ts";
import { blockTexts, markdownBlocks } from "../../../lib/markdown/markdown-blocks.ts";
import type { SiteReadings } from "../../../lib/readings/dictionary.ts";
import { resolveContentReference } from "../../../loaders/content-path.ts";
import type { MdxEntry } from "../../../loaders/mdx-collection.ts";
import type { PamphletData } from "../../../schemas/pamphlet.ts";
import type { SiteConfig } from "../../../schemas/site.ts";
import { type BlockProblem, type ImageResolver, typstBlocks } from "../doc-blocks.ts";
import type { PrintFonts } from "../fonts.ts";
import { glyphIssues } from "../glyphs.ts";
import { PrintImageError, readPrintImage } from "../images.ts";
import { blocksWithRuby, printReader, type RubyReader, readingFiles } from "../print-ruby.ts";
import { type PrintTemplate, siteTexts } from "../template.ts";
import { compileTypstPdf, typstDate, typstTemplate } from "../typst/compiler.ts";
import { contactLines, frameData, officialNotice, publisher } from "../typst/parts.ts";

/** Everything a pamphlet PDF is made from (plain data). */
export interface PamphletPrintInput {
  entry: MdxEntry<PamphletData>;
  site: SiteConfig;
  /** Absolute path of the content folder (images are resolved from the pamphlet's file). */
  contentDir: string;
  /** The words of readings.yaml (content snapshot), for the ふりがな with the domain's words and the towns' kana. */
  siteReadings: SiteReadings["words"];
  /**
   * Absolute URL of the pamphlet's web page; null for a document printed with this template that has no public page
   * (the staff activity report): no notice pointing to a web version, no QR code or URL in the footer.
   */
  pageUrl: string | null;
}

function parse(input: PamphletPrintInput) {
  return markdownBlocks(input.entry.body, { mdx: input.entry.file.endsWith(".mdx"), firstLine: input.entry.bodyFirstLine });
}

/** The image's path, through the content folder's containment rule (validation refused outside paths already). */
function imagePath(input: PamphletPrintInput, src: string): string {
  const from = path.join(input.contentDir, input.entry.file);
  const target = resolveContentReference(input.contentDir, from, src, { file: input.entry.file, field: "画像" });
  if (target.issue) throw new ContentError([target.issue]);
  return target.absolute;
}

const resolver =
  (input: PamphletPrintInput): ImageResolver =>
  (src) => {
    try {
      return readPrintImage(imagePath(input, src));
    } catch (error) {
      if (error instanceof PrintImageError) return { error: error.reason, message: error.message };
      throw error;
    }
  };

function toIssue(file: string, problem: BlockProblem): ContentIssue {
  return { ...problem, file };
}

/** Whether a pamphlet's PDFs print ふりがな: its own `print.furigana`, else site.yaml's. */
export function pamphletFurigana(input: PamphletPrintInput): boolean {
  return input.entry.data.print?.furigana ?? input.site.print.furigana;
}

/** The reading step for a pamphlet with ふりがな on; undefined (written ruby only) when off. */
export async function pamphletReader(input: PamphletPrintInput): Promise<RubyReader> {
  return pamphletFurigana(input) ? printReader(input.siteReadings, input.site.towns) : undefined;
}

/**
 * The data of pamphlet.typ (and leaflet.typ), the image files it reads and the problems found on the way.
 * @param read the reading step when ふりがな is on (ruby written as ｜漢字《かんじ》 is printed either way)
 */
export function pamphletDocument(input: PamphletPrintInput, fonts: PrintFonts, read?: RubyReader) {
  const { entry, site, pageUrl } = input;
  const { data } = entry;
  const body = typstBlocks(parse(input).blocks, fonts, resolver(input));
  const meta = { title: data.title, subject: data.description, author: publisher(site), keywords: data.tags };
  const frame = frameData(site, fonts.face, meta, pageUrl, data.updated);
  return {
    data: {
      ...frame.data,
      siteTitle: site.site.title,
      dateLine: `更新日 ${formatJapaneseDate(data.updated, { style: site.site.dateStyle })}　対象 ${data.audience.join("・")}`,
      lead: data.description,
      notice: pageUrl === null ? null : officialNotice(data.title, pageUrl),
      blocks: blocksWithRuby(body.blocks, read),
      furigana: read !== undefined,
      contact: { lines: contactLines(site) },
    },
    files: { ...frame.files, ...body.files },
    problems: body.problems,
  };
}

export const pamphletTemplate: PrintTemplate<PamphletPrintInput> = {
  name: "pamphlet",

  prepare(input, fonts) {
    const { entry } = input;
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(input);
    } catch {
      // Invalid MDX syntax: Astro's MDX compiler reports it with its own location; nothing to check for print here.
      return { issues: [], files: [] };
    }
    const issues: ContentIssue[] = parsed.skipped.map((s) => ({
      severity: "warning",
      file: entry.file,
      line: s.line,
      value: s.what,
      message: "この部分は印刷用PDFには載りません（Markdown の見出し・文章・箇条書き・表・画像だけが載ります）",
    }));
    issues.push(
      ...glyphIssues(
        [
          { text: entry.data.title, file: entry.file, field: "title" },
          { text: entry.data.description, file: entry.file, field: "description" },
          ...blockTexts(parsed.blocks).map((t) => ({ ...t, file: entry.file })),
          ...siteTexts(input.site),
        ],
        fonts,
      ),
    );
    issues.push(...pamphletDocument(input, fonts).problems.map((p) => toIssue(entry.file, p)));
    const files = parsed.blocks.flatMap((b) => (b.kind === "image" ? [imagePath(input, b.src)] : []));
    if (pamphletFurigana(input)) files.push(...readingFiles());
    return { issues, files };
  },

  async render(input, fonts) {
    const { data, files } = pamphletDocument(input, fonts, await pamphletReader(input));
    const template = typstTemplate("pamphlet");
    const { pdf, pages } = compileTypstPdf(fonts.face, { template, data, files, createdAt: typstDate(input.entry.data.updated) });
    return { pdf, pages, warnings: [] };
  },
};
