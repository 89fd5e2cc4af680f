/**
 * Compiles the (キ) print pieces (note, questionnaire, labels) with Typst: one compiler per build step, fonts from
 * the npm font packages, the document's data handed over as a virtual /data.json (never pasted into markup, so a
 * `#`, `$` or `]` in content prints as itself), PDF/UA-1 with tags, and a fixed creation date for identical bytes.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
import { PRINT_FACE_FILES, type PrintFace } from "../fonts.ts";

const require = createRequire(import.meta.url);

/** The family name Typst knows each face by (from the font files' name tables). */
export const TYPST_FAMILY: Record<PrintFace, string> = { "biz-udpgothic": "BIZ UDPGothic", "noto-sans-jp": "Noto Sans JP" };

/** The templates beside this file. */
export type KcycleTemplate = "note" | "survey" | "labels";

/** A virtual workspace root: Typst reads only what is mapped under it. */
const ROOT = "/zaitaku-print";

/** A compiler for one build step. */
export interface KcycleCompiler {
  /**
   * Compiles a template with its data.
   * @param date YYYY-MM-DD: the PDF's creation date (from content, so bytes do not change between builds)
   */
  pdf(template: KcycleTemplate, data: Record<string, unknown>, date: string): { pdf: Buffer; pages: number };
}

/** Creates the compiler with the site's print face. */
export function createKcycleCompiler(face: PrintFace): KcycleCompiler {
  const files = PRINT_FACE_FILES[face];
  const compiler = NodeCompiler.create({
    workspace: ROOT,
    fontArgs: [{ fontBlobs: [readFileSync(require.resolve(files.regular)), readFileSync(require.resolve(files.bold))] }],
  });
  const sources = new Map<KcycleTemplate, string>();
  return {
    pdf(template, data, date) {
      let source = sources.get(template);
      if (!source) {
        source = readFileSync(path.join(import.meta.dirname, `${template}.typ`), "utf8");
        sources.set(template, source);
      }
      compiler.mapShadow(`${ROOT}/data.json`, Buffer.from(JSON.stringify({ ...data, font: TYPST_FAMILY[face] })));
      try {
        const compiled = compiler.compile({ mainFileContent: source });
        const doc = compiled.result;
        if (!doc || compiled.hasError()) {
          const diagnostics = compiled.takeDiagnostics();
          const detail = diagnostics ? JSON.stringify(compiler.fetchDiagnostics(diagnostics)) : "";
          throw new Error(detail);
        }
        const pdf = compiler.pdf(doc, {
          pdfStandard: "ua-1",
          creationTimestamp: Math.floor(Date.parse(`${date}T00:00:00Z`) / 1000),
        });
        return { pdf, pages: doc.numOfPages };
      } catch (error) {
        // Diagnostics point at the template (a bug), never at content: content is data, not markup.
        const detail = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
        throw new Error(`印刷用PDF（${template}）を作れませんでした（プログラムの不具合です）: ${detail}`);
      } finally {
        compiler.evictCache(10);
      }
    },
  };
}
