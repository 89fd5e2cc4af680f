/**
 * The Typst print engine: one compiler per process with the print face from its npm package as font blobs (nothing
 * downloads, no system font is read). A document's data never enters Typst markup: it is handed over as a virtual
 * JSON file that the template reads with `json("/data.json")`, so `#`, `$`, `]` or `\` in content print literally.
 * Every PDF is exported as PDF/UA-1 (tagged, with a structure tree) with a fixed creation date for deterministic bytes.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
import { PRINT_FACE_FILES, type PrintFace } from "../fonts.ts";

const require = createRequire(import.meta.url);

/** The virtual root under which data and images are mapped (never a real folder). */
const WORKSPACE = "/zaitaku-print";

/** One Typst PDF job: a template's source, its data and the files it may read. */
export interface TypstJob {
  /** Typst template source (from src/outputs/print/templates/*.typ); it reads its data from `/data.json`. */
  template: string;
  /** The document's data, serialised to `/data.json`. */
  data: unknown;
  /** Extra virtual files (images, QR SVGs) by absolute path under the workspace, e.g. `/img/1.png`. */
  files?: Record<string, Uint8Array>;
  /** Creation date written into the PDF, in seconds since 1970 (taken from content, so bytes stay the same). */
  createdAt: number;
}

const compilers = new Map<PrintFace, NodeCompiler>();

/** The process's compiler for a face, created on first use (its font parsing is the engine's cold start). */
export function typstCompiler(face: PrintFace): NodeCompiler {
  let compiler = compilers.get(face);
  if (!compiler) {
    const files = PRINT_FACE_FILES[face];
    const fontBlobs = [readFileSync(require.resolve(files.regular)), readFileSync(require.resolve(files.bold))];
    compiler = NodeCompiler.create({ workspace: WORKSPACE, fontArgs: [{ fontBlobs }] });
    compilers.set(face, compiler);
  }
  return compiler;
}

/** Compiles one job to a tagged PDF/UA-1 document; Typst errors are thrown with the template's diagnostics. */
export function renderTypstPdf(face: PrintFace, job: TypstJob): Buffer {
  const compiler = typstCompiler(face);
  const mapped = [`${WORKSPACE}/data.json`, ...Object.keys(job.files ?? {}).map((p) => `${WORKSPACE}${p}`)];
  compiler.mapShadow(mapped[0] as string, Buffer.from(JSON.stringify(job.data)));
  for (const [path, bytes] of Object.entries(job.files ?? {})) {
    compiler.mapShadow(`${WORKSPACE}${path}`, Buffer.from(bytes));
  }
  try {
    return compiler.pdf({ mainFileContent: job.template }, { pdfStandard: "ua-1", creationTimestamp: job.createdAt });
  } finally {
    for (const path of mapped) compiler.unmapShadow(path);
    compiler.evictCache(10);
  }
}
