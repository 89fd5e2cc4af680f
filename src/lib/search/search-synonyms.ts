/**
 * Words residents use for the same thing (同義語) in home care, for site search. A query that matches any term or
 * reading of a group also finds pages that use the group's other terms: ケアマネ finds 介護支援専門員, ACP finds
 * 人生会議, 包括 finds 地域包括支援センター.
 *
 * - `terms` are searched for (as written on pages; katakana/hiragana and full/half width need no extra entry:
 *   matching folds them).
 * - `readings` only recognise a query (みとり → 看取り); they are not searched for, because Pagefind's matches for
 *   hiragana are noisy.
 * Keep groups to real equivalents: a word that only relates to another (往診 and 訪問診療 differ) is not a synonym.
 */
import { foldForMatch } from "./search-text.ts";

/** One group of equivalent words. */
export interface SynonymGroup {
  /** Equivalent words as pages write them; the first is the usual one. */
  terms: string[];
  /** Readings in hiragana that residents may type instead (not searched for). */
  readings?: string[];
}

/** The built-in groups (home care vocabulary of 在宅医療・介護連携). */
export const SYNONYM_GROUPS: SynonymGroup[] = [
  { terms: ["ケアマネジャー", "ケアマネージャー", "ケアマネ", "介護支援専門員"], readings: ["かいごしえんせんもんいん"] },
  { terms: ["人生会議", "ACP", "アドバンス・ケア・プランニング"], readings: ["じんせいかいぎ"] },
  {
    terms: ["地域包括支援センター", "包括", "地域包括", "包括支援センター"],
    readings: ["ちいきほうかつしえんせんたー", "ほうかつ"],
  },
  { terms: ["在宅医療・介護連携支援センター", "連携支援センター"], readings: ["れんけいしえんせんたー"] },
  { terms: ["訪問看護", "訪問看護ステーション", "訪看"], readings: ["ほうもんかんご"] },
  { terms: ["訪問診療"], readings: ["ほうもんしんりょう"] },
  { terms: ["往診"], readings: ["おうしん"] },
  { terms: ["在宅医療", "在宅療養"], readings: ["ざいたくいりょう", "ざいたくりょうよう"] },
  { terms: ["看取り", "看とり", "在宅看取り"], readings: ["みとり"] },
  { terms: ["介護保険"], readings: ["かいごほけん"] },
  { terms: ["要介護認定", "介護認定", "要支援認定"], readings: ["ようかいごにんてい", "かいごにんてい"] },
  { terms: ["ケアプラン", "介護サービス計画", "居宅サービス計画"] },
  { terms: ["ホームヘルパー", "ヘルパー", "訪問介護", "訪問介護員"], readings: ["ほうもんかいご"] },
  { terms: ["デイサービス", "通所介護"], readings: ["つうしょかいご"] },
  { terms: ["デイケア", "通所リハビリ", "通所リハビリテーション"] },
  { terms: ["ショートステイ", "短期入所"], readings: ["たんきにゅうしょ"] },
  { terms: ["訪問リハビリ", "訪問リハビリテーション", "訪問リハ"] },
  { terms: ["訪問歯科", "歯科訪問診療"], readings: ["ほうもんしか"] },
  // ぼけ: the everyday (and dated) word for 認知症, as 痴呆 is the old official one.
  { terms: ["認知症", "痴呆"], readings: ["にんちしょう", "ぼけ"] },
  { terms: ["物忘れ", "もの忘れ"], readings: ["ものわすれ"] },
  { terms: ["認知症カフェ", "オレンジカフェ"] },
  { terms: ["延命治療", "延命処置"], readings: ["えんめいちりょう"] },
  { terms: ["緩和ケア", "緩和医療"], readings: ["かんわけあ"] },
  { terms: ["かかりつけ医", "主治医", "ホームドクター"], readings: ["しゅじい"] },
  { terms: ["福祉用具", "介護用品"], readings: ["ふくしようぐ"] },
  // 下の世話: the everyday words for help with the toilet and diapers.
  { terms: ["排せつの介助", "排泄介助", "排せつ介助", "排泄の介助", "下の世話"], readings: ["しものせわ"] },
  { terms: ["住宅改修", "住宅改造"], readings: ["じゅうたくかいしゅう"] },
  { terms: ["自己負担", "費用", "料金"], readings: ["じこふたん", "ひよう", "りょうきん"] },
  { terms: ["救急車", "119番"], readings: ["きゅうきゅうしゃ"] },
  { terms: ["死亡診断書"], readings: ["しぼうしんだんしょ"] },
  { terms: ["エンゼルケア", "死後の処置"] },
  { terms: ["床ずれ", "褥瘡", "褥そう"], readings: ["とこずれ", "じょくそう"] },
  { terms: ["胃ろう", "胃瘻"], readings: ["いろう"] },
  { terms: ["医療ソーシャルワーカー", "MSW", "地域連携室"] },
  { terms: ["エンディングノート", "終活ノート"] },
  { terms: ["相談窓口", "相談先"], readings: ["そうだんまどぐち"] },
  { terms: ["特別養護老人ホーム", "特養", "介護老人福祉施設"], readings: ["とくよう"] },
  { terms: ["介護老人保健施設", "老健"], readings: ["ろうけん"] },
  { terms: ["小規模多機能型居宅介護", "小規模多機能"] },
  { terms: ["歯科", "歯医者"], readings: ["はいしゃ"] },
  { terms: ["医師", "医者"], readings: ["いしゃ"] },
  { terms: ["成年後見", "成年後見制度"], readings: ["せいねんこうけん"] },
];

/** A group found for a query word. */
export interface SynonymMatch {
  group: SynonymGroup;
  /** True when the word was one of the group's readings (so the word itself is not worth searching for). */
  viaReading: boolean;
}

/** Builds a lookup from folded term/reading to its group; later groups never replace earlier ones. */
export function synonymIndex(groups: SynonymGroup[] = SYNONYM_GROUPS): Map<string, SynonymMatch> {
  const index = new Map<string, SynonymMatch>();
  for (const group of groups) {
    for (const term of group.terms) {
      const key = foldForMatch(term);
      if (!index.has(key)) index.set(key, { group, viaReading: false });
    }
    for (const reading of group.readings ?? []) {
      const key = foldForMatch(reading);
      if (!index.has(key)) index.set(key, { group, viaReading: true });
    }
  }
  return index;
}

const defaultIndex = synonymIndex();

/**
 * The groups' words that can be typed in hiragana (readings, and katakana terms folded: けあまね), each with its
 * group's terms: words for splitting a phrase typed in kana (src/lib/search/kana-segment.ts).
 */
export function synonymKana(index: Map<string, SynonymMatch> = defaultIndex): [string, string[]][] {
  return [...index].filter(([key]) => /^[\u3041-\u309fー]+$/u.test(key)).map(([key, match]) => [key, [...match.group.terms]]);
}

/**
 * The synonym group of a query word, compared after folding (ｹｱﾏﾈ, けあまね and ケアマネ are the same word).
 * @param index a lookup from `synonymIndex` (default: the built-in groups)
 */
export function findSynonyms(word: string, index: Map<string, SynonymMatch> = defaultIndex): SynonymMatch | undefined {
  return index.get(foldForMatch(word));
}

/**
 * Known words (terms and readings of the groups) inside a longer query word, longest first and not overlapping:
 * 家で看取りをしたい → [看取り]; ケアマネに相談したい → [ケアマネ]. Returns the terms as the group writes them
 * (a reading gives its group's first term).
 */
export function findKnownWords(text: string, index: Map<string, SynonymMatch> = defaultIndex): string[] {
  const folded = foldForMatch(text);
  const taken: [number, number][] = [];
  const found: string[] = [];
  const keys = [...index.keys()].filter((k) => k.length >= 2).sort((a, b) => b.length - a.length);
  for (const key of keys) {
    for (let at = folded.indexOf(key); at !== -1; at = folded.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      const match = index.get(key);
      const term = match?.viaReading ? match.group.terms[0] : match?.group.terms.find((t) => foldForMatch(t) === key);
      if (term && !found.includes(term)) found.push(term);
    }
  }
  return found;
}
