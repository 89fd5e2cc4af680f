/**
 * Names of the fictional municipalities and their towns, with readings (site.yaml `towns`, addresses).
 * Every place, person and organisation here is fictional.
 */

/** Town (町字) names with their readings. */
export const TOWNS: [string, string][] = [
  ["中央", "チュウオウ"],
  ["東町", "ヒガシマチ"],
  ["西町", "ニシマチ"],
  ["南台", "ミナミダイ"],
  ["北野", "キタノ"],
  ["桜ケ丘", "サクラガオカ"],
  ["緑町", "ミドリチョウ"],
  ["若葉", "ワカバ"],
  ["本町", "ホンチョウ"],
  ["旭町", "アサヒチョウ"],
  ["栄町", "サカエマチ"],
  ["松原", "マツバラ"],
  ["竹の台", "タケノダイ"],
  ["梅林", "バイリン"],
  ["川端", "カワバタ"],
  ["山手", "ヤマテ"],
  ["港町", "ミナトマチ"],
  ["青葉台", "アオバダイ"],
  ["泉", "イズミ"],
  ["新田", "シンデン"],
  ["富士見", "フジミ"],
  ["日の出", "ヒノデ"],
  ["宮前", "ミヤマエ"],
  ["花園", "ハナゾノ"],
];

/** Kanji numerals for 丁目. */
export const CHOME = ["一", "二", "三", "四", "五"];

/** Parts of fictional municipality names: 架空 + direction + kind. */
export const MUNICIPALITY_PARTS: [string, string][] = [
  ["", "カクウ"],
  ["北", "カクウキタ"],
  ["南", "カクウミナミ"],
  ["東", "カクウヒガシ"],
  ["西", "カクウニシ"],
  ["中央", "カクウチュウオウ"],
  ["山", "カクウヤマ"],
  ["川", "カクウカワ"],
  ["浜", "カクウハマ"],
  ["野", "カクウノ"],
  ["台", "カクウダイ"],
  ["原", "カクウハラ"],
];
