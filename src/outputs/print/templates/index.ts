/**
 * The registry of printed document types. A worker process finds a template by name, so every template is listed
 * here (and its jobs in src/outputs/pdf.ts).
 */
import type { PrintTemplate } from "../template.ts";
import { eventFlyerTemplate } from "./event-flyer.ts";
import { leafletTemplate } from "./leaflet.ts";
import { pamphletTemplate } from "./pamphlet.ts";
import { talkApplicationTemplate } from "./talk-application.ts";
import { windowsSheetTemplate } from "./windows-sheet.ts";

export const printTemplates = {
  pamphlet: pamphletTemplate,
  leaflet: leafletTemplate,
  "event-flyer": eventFlyerTemplate,
  "windows-sheet": windowsSheetTemplate,
  "talk-application": talkApplicationTemplate,
} satisfies Record<string, PrintTemplate<never>>;

/** The name of a registered template. */
export type TemplateName = keyof typeof printTemplates;
