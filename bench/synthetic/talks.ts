/** talks/*.mdx: the 出前講座 menu, which 出前講座 events refer to by slug. */
import { stringify } from "yaml";
import { addDays } from "./dates.ts";
import { list, paragraph } from "./markdown.ts";
import type { Random } from "./random.ts";
import type { TALKS } from "./vocabulary-events.ts";
import { GENERAL_SENTENCES } from "./vocabulary-pamphlets.ts";

/** A 出前講座 menu item (talks/<slug>.mdx, src/schemas/talk.ts). */
export function talkMdx(r: Random, talk: (typeof TALKS)[number], order: number): string {
  const frontmatter = {
    title: talk.title,
    description: talk.description,
    duration: r.pick([45, 60, 60, 90]),
    minGroupSize: r.pick([5, 10, 10, 15]),
    speaker: talk.speaker,
    audience: r.pick([
      ["老人クラブ", "町内会"],
      ["老人クラブ", "町内会", "家族会"],
      ["町内会", "医療機関", "介護事業所"],
    ]),
    howToApply: "電話またはFAXで高齢者支援課 在宅医療・介護連携係へ",
    leadTime: "希望日の1か月前までにお申し込みください",
    venueNeeds: r.sample(["机と椅子", "コンセント", "ホワイトボード", "プロジェクターを映す壁かスクリーン"], r.int(1, 3)),
    order,
    updated: addDays("2025-04-01", r.int(0, 500)),
  };
  const body = [
    "## お話しすること",
    list(r, 3, 5),
    paragraph(r, GENERAL_SENTENCES, 2, 4),
    "## 講師から",
    paragraph(r, GENERAL_SENTENCES, 1, 3),
  ];
  return `---\n${stringify(frontmatter)}---\n\n${body.join("\n\n")}\n`;
}
