/**
 * The Typst print engine, the one compiler module of every printed document (pamphlets, flyers, sheets, forms, the
 * note, questionnaires and labels): one compiler per face and process with the print face from its npm package as
 * font blobs (nothing downloads, no system font is read), and the templates of src/outputs/print/templates/*.typ
 * mapped under `/templates/` so that one template can import another. A document's data never enters Typst
 * markup: it is handed over as a virtual JSON file that the template reads with `json("/data.json")`, so `#`, `$`,
 * `]` or `\` in content print literally. Every PDF is exported as PDF/UA-1 (tagged, with a structure tree) with a
 * fixed creation date for deterministic bytes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
import { PRINT_FACE_FILES, type PrintFace } from "../fonts.ts";

const require = createRequire(import.meta.url);

/** The virtual root under which data, templates and images are mapped (never a real folder). */
const WORKSPACE = "/zaitaku-print";

/** Where the templates are on disk. */
const TEMPLATE_DIR = path.join(import.meta.dirname, "../templates");

/** The family name Typst knows each face by (from the font files' name tables). */
export const TYPST_FAMILY: Record<PrintFace, string> = { "biz-udpgothic": "BIZ UDPGothic", "noto-sans-jp": "Noto Sans JP" };

/** One Typst PDF job: a template's source, its data and the files it may read. */
export interface TypstJob {
  /** Typst template source (usually {@link typstTemplate}); it reads its data from `/data.json`. */
  template: string;
  /** The document's data, serialised to `/data.json`. */
  data: unknown;
  /** Extra virtual files (images, QR SVGs) by absolute path under the workspace, e.g. `/img/1.png`. */
  files?: Record<string, Uint8Array>;
  /** Creation date written into the PDF, in seconds since 1970 (taken from content, so bytes stay the same). */
  createdAt: number;
}

/** A compiled document. */
export interface TypstPdf {
  pdf: Buffer;
  pages: number;
}

const compilers = new Map<PrintFace, NodeCompiler>();
const sources = new Map<string, string>();

/** The source of a template in src/outputs/print/templates/ by its name without `.typ` (read once). */
export function typstTemplate(name: string): string {
  let source = sources.get(name);
  if (source === undefined) {
    source = readFileSync(path.join(TEMPLATE_DIR, `${name}.typ`), "utf8");
    sources.set(name, source);
  }
  return source;
}

/** The creation time of a document dated `date` (YYYY-MM-DD), midnight in Japan, in seconds since 1970. */
export function typstDate(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00+09:00`) / 1000);
}

/** The process's compiler for a face, created on first use (its font parsing is the engine's cold start). */
export function typstCompiler(face: PrintFace): NodeCompiler {
  let compiler = compilers.get(face);
  if (!compiler) {
    const files = PRINT_FACE_FILES[face];
    const fontBlobs = [readFileSync(require.resolve(files.regular)), readFileSync(require.resolve(files.bold))];
    compiler = NodeCompiler.create({ workspace: WORKSPACE, fontArgs: [{ fontBlobs }] });
    // Templates import each other as `/templates/<name>.typ`; they stay mapped for the compiler's life.
    for (const file of readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith(".typ"))) {
      compiler.mapShadow(`${WORKSPACE}/templates/${file}`, readFileSync(path.join(TEMPLATE_DIR, file)));
    }
    compilers.set(face, compiler);
  }
  return compiler;
}

/**
 * Compiles one job to a tagged PDF/UA-1 document.
 * @throws Error with the template's diagnostics (a template bug: content is data and cannot cause one)
 */
export function compileTypstPdf(face: PrintFace, job: TypstJob): TypstPdf {
  const compiler = typstCompiler(face);
  const mapped = [`${WORKSPACE}/data.json`, ...Object.keys(job.files ?? {}).map((p) => `${WORKSPACE}${p}`)];
  compiler.mapShadow(mapped[0] as string, Buffer.from(JSON.stringify(job.data)));
  for (const [file, bytes] of Object.entries(job.files ?? {})) compiler.mapShadow(`${WORKSPACE}${file}`, Buffer.from(bytes));
  try {
    const compiled = compiler.compile({ mainFileContent: job.template });
    const doc = compiled.result;
    if (!doc || compiled.hasError()) {
      const diagnostics = compiled.takeDiagnostics();
      throw new Error(diagnostics ? JSON.stringify(compiler.fetchDiagnostics(diagnostics)) : "Typst compile error");
    }
    const pdf = compiler.pdf(doc, { pdfStandard: "ua-1", creationTimestamp: job.createdAt });
    return { pdf, pages: doc.numOfPages };
  } catch (error) {
    const detail = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
    throw new Error(`印刷用PDFを作れませんでした（プログラムの不具合です）: ${detail}`);
  } finally {
    for (const file of mapped) compiler.unmapShadow(file);
    compiler.evictCache(10);
  }
}

/** Compiles one job and returns the PDF bytes only. */
export function renderTypstPdf(face: PrintFace, job: TypstJob): Buffer {
  return compileTypstPdf(face, job).pdf;
}
