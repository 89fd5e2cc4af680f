/**
 * The registry of printed document types. A worker thread finds a template by name, so every template is listed
 * here. Event flyers, the consultation-window sheet and the 出前講座 application form belong here once their
 * content types exist.
 */
import type { PrintTemplate } from "../template.ts";
import { pamphletTemplate } from "./pamphlet.ts";

export const printTemplates = {
  pamphlet: pamphletTemplate,
} satisfies Record<string, PrintTemplate<never>>;

/** The name of a registered template. */
export type TemplateName = keyof typeof printTemplates;
