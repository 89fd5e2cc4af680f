/**
 * Pools for the resource rows: clinical departments, care services with MHLW codes, words for facility names.
 * Every place, person and organisation here is fictional.
 */

/** Clinical departments for 医療機関一覧 (`;`-separated). */
export const DEPARTMENTS = [
  "内科",
  "外科",
  "整形外科",
  "小児科",
  "皮膚科",
  "眼科",
  "耳鼻いんこう科",
  "精神科",
  "神経内科",
  "循環器内科",
  "消化器内科",
  "呼吸器内科",
  "リハビリテーション科",
  "緩和ケア内科",
];

/** Care services for 介護サービス事業所一覧 (実施サービス), with MHLW service codes where known. */
export const CARE_SERVICES: { name: string; kana: string; code?: string }[] = [
  { name: "訪問介護", kana: "ホウモンカイゴ", code: "110" },
  { name: "訪問入浴介護", kana: "ホウモンニュウヨクカイゴ", code: "120" },
  { name: "訪問看護", kana: "ホウモンカンゴ", code: "130" },
  { name: "訪問リハビリテーション", kana: "ホウモンリハビリテーション", code: "140" },
  { name: "通所介護", kana: "ツウショカイゴ", code: "150" },
  { name: "通所リハビリテーション", kana: "ツウショリハビリテーション", code: "160" },
  { name: "福祉用具貸与", kana: "フクシヨウグタイヨ", code: "170" },
  { name: "短期入所生活介護", kana: "タンキニュウショセイカツカイゴ", code: "210" },
  { name: "認知症対応型共同生活介護", kana: "ニンチショウタイオウガタキョウドウセイカツカイゴ", code: "320" },
  { name: "居宅介護支援", kana: "キョタクカイゴシエン", code: "430" },
  { name: "介護老人福祉施設", kana: "カイゴロウジンフクシシセツ", code: "510" },
  { name: "介護老人保健施設", kana: "カイゴロウジンホケンシセツ", code: "520" },
  { name: "認知症対応型通所介護", kana: "ニンチショウタイオウガタツウショカイゴ", code: "720" },
  { name: "小規模多機能型居宅介護", kana: "ショウキボタキノウガタキョタクカイゴ" },
  { name: "定期巡回・随時対応型訪問介護看護", kana: "テイキジュンカイズイジタイオウガタホウモンカイゴカンゴ" },
  { name: "看護小規模多機能型居宅介護", kana: "カンゴショウキボタキノウガタキョタクカイゴ" },
  { name: "地域密着型通所介護", kana: "チイキミッチャクガタツウショカイゴ", code: "780" },
];

/** Words for fictional facility names. */
export const NAME_WORDS: [string, string][] = [
  ["あおぞら", "アオゾラ"],
  ["ひだまり", "ヒダマリ"],
  ["さくら", "サクラ"],
  ["みどり", "ミドリ"],
  ["やすらぎ", "ヤスラギ"],
  ["なごみ", "ナゴミ"],
  ["つばさ", "ツバサ"],
  ["ほほえみ", "ホホエミ"],
  ["こもれび", "コモレビ"],
  ["かがやき", "カガヤキ"],
  ["いずみ", "イズミ"],
  ["はなみずき", "ハナミズキ"],
  ["ゆうあい", "ユウアイ"],
  ["すこやか", "スコヤカ"],
  ["ふれあい", "フレアイ"],
  ["あさひ", "アサヒ"],
];
