/**
 * `npm run distribute`: the list for posting a pamphlet to every medical institution and care office of the area,
 * from the resource data: `list.csv` (UTF-8 with BOM, opens in Excel) and `labels.pdf` (A4 label sheets, 2 × 6).
 *
 * Usage: npm run distribute -- --pamphlet <slug> --out <folder> [--kinds 病院,診療所,薬局] [--area 中央町,北町]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatIssues } from "../lib/content/content-issue.ts";
import { createLogger } from "../lib/content/logger.ts";
import { formatJapaneseDate } from "../lib/dates/japanese-date.ts";
import { siteToday } from "../lib/dates/today.ts";
import { csvText, encodeUtf8Bom } from "../lib/opendata/csv-write.ts";
import { DISTRIBUTION_LIST_HEADER, distributionList, distributionRows, LABEL_SHEET } from "../lib/resources/distribution.ts";
import { contentDir } from "../loaders/content-dir.ts";
import { readContent } from "../loaders/content-snapshot.ts";
import { createKcycleCompiler } from "../outputs/print/kcycle/typst-compile.ts";
import { readArgs } from "./cli-args.ts";

const USAGE = `使い方: npm run distribute -- --pamphlet <パンフレットのファイル名> --out <出力フォルダ> [--kinds 病院,診療所,薬局] [--area 中央町,北町]
  --pamphlet  送るパンフレット（pamphlets/ のファイル名から拡張子を除いたもの）
  --out       list.csv と labels.pdf を書くフォルダ
  --kinds     送り先の種類（病院、診療所、歯科診療所、薬局、介護サービス事業所、訪問看護 などのサービス名）。省略するとすべて
  --area      町名（site.yaml の towns）。省略すると市町村全体
  -h, --help  この説明を表示する`;

const list = (value: string | undefined) =>
  (value ?? "")
    .split(/[,、，]/)
    .map((v) => v.trim())
    .filter(Boolean);

function main(): number {
  const values = readArgs("distribute", USAGE, {
    pamphlet: { type: "string" },
    out: { type: "string" },
    kinds: { type: "string" },
    area: { type: "string" },
  });
  if (!values.pamphlet || !values.out) {
    console.error(`--pamphlet と --out を指定してください。\n${USAGE}`);
    return 2;
  }
  const log = createLogger("distribute");
  const dir = contentDir();
  const content = readContent(dir);
  // Only the files the list is made from may stop it (a broken event CSV does not).
  const errors = content.issues.filter(
    (i) => i.severity === "error" && ["site.yaml", "pamphlets/", "resources/"].some((f) => i.file?.startsWith(f)),
  );
  const site = { config: content.site };
  if (!site.config || errors.length) {
    console.error(formatIssues(errors));
    console.error("\nコンテンツにエラーがあるため、送付リストを作れませんでした。");
    return 1;
  }
  const pamphlet = content.pamphlets.find((p) => p.slug === values.pamphlet);
  if (!pamphlet) {
    console.error(
      `パンフレット「${values.pamphlet}」がありません。次のどれかを指定してください: ${content.pamphlets.map((p) => p.slug).join("、")}`,
    );
    return 2;
  }
  const towns = list(values.area);
  const known = new Set(site.config.towns.map((t) => t.name));
  const unknown = towns.filter((t) => !known.has(t));
  if (unknown.length) {
    console.error(`--area の町名「${unknown.join("」「")}」は site.yaml の towns にありません`);
    return 2;
  }
  const result = distributionList([...content.resources], { kinds: list(values.kinds), towns });
  const out = path.resolve(values.out);
  mkdirSync(out, { recursive: true });
  log.step(`「${pamphlet.data.title}」の送付リストを作ります（${result.addressees.length} 件）`);
  writeFileSync(path.join(out, "list.csv"), encodeUtf8Bom(csvText(DISTRIBUTION_LIST_HEADER, distributionRows(result))));
  const compiler = createKcycleCompiler(site.config.print.font);
  const today = siteToday();
  const { pdf, pages } = compiler.pdf(
    "labels",
    {
      pamphlet: pamphlet.data.title,
      publisher: `${site.config.municipality.name} ${site.config.department.name}`,
      date: formatJapaneseDate(today, { style: site.config.site.dateStyle }),
      sheet: {
        columns: LABEL_SHEET.columns,
        rows: LABEL_SHEET.rows,
        labelWidthMm: LABEL_SHEET.labelWidthMm,
        labelHeightMm: LABEL_SHEET.labelHeightMm,
        marginLeftMm: LABEL_SHEET.marginLeftMm,
        marginTopMm: LABEL_SHEET.marginTopMm,
      },
      counts: Object.entries(result.byCategory).map(([kind, count]) => ({ kind, count })),
      labels: result.addressees.map((a) => ({ postalCode: a.postalCode ?? "", address: a.address, name: a.name })),
      without: result.withoutAddress.map((a) => ({ name: a.name, kind: a.category })),
    },
    today,
  );
  writeFileSync(path.join(out, "labels.pdf"), pdf);
  for (const [category, count] of Object.entries(result.byCategory)) log.step(`  ${category}: ${count} 件`);
  if (result.withoutAddress.length) {
    log.step(
      `住所がないため宛名ラベルを作れない施設が ${result.withoutAddress.length} 件あります（list.csv の最後に載せています）`,
    );
  }
  log.done(`${path.join(out, "list.csv")} と labels.pdf（${pages} ページ）を書きました`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(
    `内部エラーで送付リストを作れませんでした（開発担当者に伝えてください）: ${error instanceof Error ? error.message : String(error)}`,
  );
  if (process.env["ZAITAKU_DEBUG"]) console.error(error);
  process.exitCode = 2;
}
