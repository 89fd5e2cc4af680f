/**
 * The エンディングノート / 人生会議ノート: a booklet of write-in pages residents keep. The questions are content: a
 * default set ships (src/data/note-default.yaml) and `content/note.yaml` can reword, remove or add pages.
 */
import { z } from "./shared/zod-japanese.ts";

/** Page ids: lower-case letters, digits and hyphens (used for anchors and to name a default page to change). */
const pageId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: "ページの id は半角の英小文字・数字・ハイフンで書いてください（例: my-wishes）" });

/** One question and the space to answer it. */
export const noteQuestionSchema = z.object({
  /** The question as printed, in plain Japanese. */
  label: z.string().trim().min(1),
  /** A short example or hint printed under the question (small text). */
  hint: z.string().trim().optional(),
  /** Write-in lines (each at least 10 mm apart when printed). */
  lines: z.number().int().min(0).max(12).default(2),
  /** Choices to tick (□ 自宅 □ 病院 …), printed before the lines. */
  choices: z.array(z.string().trim().min(1)).max(8).optional(),
  /** A write-in table: its column headings (e.g. 名前・続柄・電話番号) and how many empty rows. */
  table: z.object({ columns: z.array(z.string().trim().min(1)).min(1).max(5), rows: z.number().int().min(1).max(12) }).optional(),
});

/** What a page pre-prints from the site's own content instead of asking. */
export const notePrefills = ["windows", "department"] as const;

/** A page of the note. */
export const notePageSchema = z.object({
  /** Stable id (a default page is changed or removed by its id). */
  id: pageId,
  /** Page heading. */
  title: z.string().trim().min(1),
  /** A short paragraph under the heading. */
  lead: z.string().trim().optional(),
  /** The questions, in order. */
  questions: z.array(noteQuestionSchema).default([]),
  /** Pre-printed from content: the consultation windows (windows/) or the department (site.yaml). */
  prefill: z.enum(notePrefills).optional(),
});

/** The whole note: title, introduction and pages in order. */
export const noteSchema = z.object({
  /** Booklet title on the cover. */
  title: z.string().trim().min(1),
  /** Introduction on the cover: what the note is for and that it can be rewritten any time. */
  intro: z.string().trim().min(1),
  pages: z.array(notePageSchema).min(1),
});

/** `content/note.yaml`: every field optional; pages with a default id replace that page's fields, new ids are added. */
export const noteOverridesSchema = z.object({
  /** Replaces the booklet title. */
  title: z.string().trim().min(1).optional(),
  /** Replaces the introduction. */
  intro: z.string().trim().min(1).optional(),
  /** Ids of default pages to leave out. */
  remove: z.array(pageId).default([]),
  /** Pages to change (by a default id: only the fields given change) or add (a new id; placed after `after`, or at the end). */
  pages: z
    .array(
      // Spelled out rather than notePageSchema.partial(): a partial keeps `questions`' default ([]), which would wipe
      // the questions of a default page whose title alone is reworded.
      z.object({
        id: pageId,
        title: z.string().trim().min(1).optional(),
        lead: z.string().trim().optional(),
        questions: z.array(noteQuestionSchema).optional(),
        prefill: z.enum(notePrefills).optional(),
        /** For a new page: the id of the page it follows. */
        after: pageId.optional(),
      }),
    )
    .default([]),
});

/** A note question. */
export type NoteQuestion = z.infer<typeof noteQuestionSchema>;
/** A note page. */
export type NotePage = z.infer<typeof notePageSchema>;
/** The whole note. */
export type Note = z.infer<typeof noteSchema>;
/** The staff's changes. */
export type NoteOverrides = z.infer<typeof noteOverridesSchema>;
