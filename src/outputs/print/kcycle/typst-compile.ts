/**
 * The (キ) print pieces (note, questionnaire, labels) on the shared Typst engine (../typst/compiler.ts): the
 * templates are src/outputs/print/templates/{note,survey,labels}.typ, the data goes in as /data.json with the
 * face's family name added.
 */
import type { PrintFace } from "../fonts.ts";
import { compileTypstPdf, TYPST_FAMILY, typstTemplate } from "../typst/compiler.ts";

/** The (キ) templates. */
export type KcycleTemplate = "note" | "survey" | "labels";

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
  return {
    pdf(template, data, date) {
      return compileTypstPdf(face, {
        template: typstTemplate(template),
        data: { ...data, font: TYPST_FAMILY[face] },
        createdAt: Math.floor(Date.parse(`${date}T00:00:00Z`) / 1000),
      });
    },
  };
}
