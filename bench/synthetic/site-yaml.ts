/** site.yaml: the municipality (or prefecture), department, targets and the `towns` every window area refers to. */
import { stringify } from "yaml";
import { type Municipality, PREFECTURE } from "./municipalities.ts";
import type { SizeName } from "./sizes.ts";

/** Katakana → hiragana, as staff usually write readings in site.yaml. */
function hiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/**
 * site.yaml of the synthetic site: `site` is the municipality, or the prefecture on a prefecture-wide site, and
 * `munis` give the `towns` list. Draws nothing at random.
 */
export function siteYaml(size: SizeName, site: { name: string; code: string }, munis: Municipality[]): string {
  const data = {
    municipality: { name: site.name, prefecture: PREFECTURE, code: site.code },
    site: {
      title: `${site.name} 在宅医療・介護のてびき`,
      description: `住み慣れた家で、最期まで自分らしく暮らすために。${site.name}の在宅医療・介護の情報をまとめています。`,
      url: `https://bench-${size.toLowerCase()}.example.jp`,
      base: "/",
      dateStyle: "western",
    },
    department: {
      name: "健康福祉部 高齢者支援課 在宅医療・介護連携係",
      postalCode: "100-0000",
      address: `${PREFECTURE}${site.name}中央一丁目1番1号`,
      phone: "03-0000-1234",
      fax: "03-0000-1235",
      email: "zaitaku@city.example.jp",
      hours: "月曜日から金曜日の8時30分から17時15分まで（祝日・年末年始を除く）",
    },
    accessibility: { targetLevel: "AA", policyDate: "2026-04-01" },
    targets: [
      { fiscalYear: 2025, lectures: 4, outreachTalks: 10, dementiaCafes: 24, participants: 500, pamphletUpdates: 4 },
      { fiscalYear: 2026, lectures: 4, outreachTalks: 12, dementiaCafes: 24, participants: 600, pamphletUpdates: 6 },
    ],
    // A prefecture-wide site keeps the rows of every municipality in the prefecture (resources.area).
    ...(munis.length > 1 ? { resources: { area: "prefecture" } } : {}),
    // Every town once; each is covered by exactly one 地域包括支援センター (windowFiles).
    towns: munis.flatMap((m) =>
      m.towns.map((t) => ({ name: t.name, kana: hiragana(t.kana), ...(t.chome > 0 ? { chome: t.chome } : {}) })),
    ),
  };
  return `# ベンチマーク用の架空の自治体（bench/synthetic/generate.ts が作成）。実在の自治体・電話番号ではありません。\n${stringify(data)}`;
}
