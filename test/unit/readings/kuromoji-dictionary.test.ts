import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import kuromoji from "kuromoji";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kuromojiDictPath, loadIpadicTokenizer } from "../../../src/lib/readings/kuromoji-dictionary.ts";
import { loadTokenizer, type Tokenizer } from "../../../src/lib/readings/reader.ts";

const root = path.resolve(import.meta.dirname, "../../..");

/** kuromoji's own loader: the tokenizer the hand-written one must equal. */
function stockTokenizer(dicPath: string): Promise<Tokenizer> {
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer)));
  });
}

/** Every .mdx under `dir`, recursively. */
function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => path.join(dir, f));
}

/** Lines of the site's pamphlets and the fixture sites' MDX (frontmatter, tables, links and all), cut after 。. */
const contentSentences = [...mdxFiles(path.join(root, "content")), ...mdxFiles(path.join(root, "test/fixtures/sites"))]
  .flatMap((file) => readFileSync(file, "utf8").split(/\r?\n|(?<=。)/u))
  .map((line) => line.trim())
  .filter(Boolean);

/** What the pamphlets hold little of: unknown words, numbers, katakana, kanji compounds, symbols, other scripts. */
const extraSentences = [
  "ｶﾀｶﾅとカタカナ、ﾊﾝｶｸ、ヴァイオリン、ウィキペディア、ケアマネジャーのモニタリング。",
  "令和8年11月1日（日）午前10時30分〜午後3時、定員120名・参加費1,500円（税込）。",
  "０１２０－０００－０００、03-0000-9999、FAX 03-1234-5678、https://example.jp/zaitaku/?q=訪問&x=1",
  "地域包括支援センター運営協議会委員長代理、介護老人保健施設短期入所療養介護事業所。",
  "褥瘡・嚥下障害・誤嚥性肺炎・胃瘻造設術・喀痰吸引・経管栄養・腹膜透析の在宅療養支援診療所。",
  "ぱぴぷぺぽぽぽ、ゔ、ゎゐゑ、ヵヶ、々〆〇、ーーー、〜〜、……、‼️⁉️、★☆♪※→←↑↓。",
  "𠮷野家と𩸽（ほっけ）と𬵪、髙橋さん、﨑山さん、德永さん、はしご高と立つ崎。",
  "ＡＢＣ１２３とABC123、Wi-Fi、iPhone 15 Pro、COVID-19、ADL・IADL・QOL・ACP（人生会議）。",
  "ｱｲｳｴｵ ABC abc 123 ①②③ ⅠⅡⅢ ㈱㈲ ㎡㎏ ℃ ％ ＄ ￥ ＠ ＃ ＆ ＊",
  "すもももももももものうち、にわにはにわにわとりがいる。貴社の記者が汽車で帰社した。",
  "東京特許許可局長今日急遽休暇許可拒否、隣の客はよく柿食う客だ。",
  "ぬゅぷぁ、ほげほげふがふが、ずんどこべろんちょ、ちょめちょめ、テケリ・リ。",
  "在宅医療・介護連携推進事業において、多職種連携研修会を年3回開催しています。",
  "アドバンス・ケア・プランニング（ＡＣＰ）の普及啓発リーフレットを作成しました。",
  "「」『』【】〔〕［］｛｝〈〉《》（）()[]{}<>“”‘’\"'、。，．,.!?！？:;：；/\\|_-=+",
  "\t 全角　空白と 半角 空白と\tタブ。",
  "",
  "a",
  "。",
  "1",
];

const sentences = [...contentSentences, ...extraSentences];

/** Sentences on which the two tokenizers disagree, with both token arrays (every field of every token). */
function disagreements(a: Tokenizer, b: Tokenizer) {
  const out: { sentence: string; a: unknown; b: unknown }[] = [];
  for (const sentence of sentences) {
    const ta = a.tokenize(sentence);
    const tb = b.tokenize(sentence);
    if (JSON.stringify(ta) !== JSON.stringify(tb)) out.push({ sentence, a: ta, b: tb });
  }
  return out;
}

describe("the hand-written kuromoji dictionary loader", () => {
  const dicPath = kuromojiDictPath();
  let stock: Tokenizer;
  let ours: Tokenizer;
  let tmp: string | undefined;
  beforeAll(async () => {
    stock = await stockTokenizer(dicPath);
    ours = loadIpadicTokenizer(dicPath);
  });
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("tokenizes hundreds of varied sentences exactly as kuromoji's own builder does", () => {
    expect(sentences.length).toBeGreaterThan(300);
    const tokens = sentences.reduce((n, s) => n + stock.tokenize(s).length, 0);
    expect(tokens).toBeGreaterThan(5_000);
    expect(disagreements(stock, ours).slice(0, 3)).toEqual([]);
  });

  it("covers dictionary words and unknown words in the sample", () => {
    const all = sentences.flatMap((s) => ours.tokenize(s));
    expect(new Set(all.map((t) => t.word_type))).toEqual(new Set(["KNOWN", "UNKNOWN"]));
    expect(all.filter((t) => t.word_type === "UNKNOWN").length).toBeGreaterThan(50);
  });

  it("is what loadTokenizer() gives, once per process", async () => {
    const first = await loadTokenizer();
    expect(await loadTokenizer()).toBe(first);
    expect(disagreements(stock, first).slice(0, 3)).toEqual([]);
  });

  it("tells a changed dictionary file apart: the comparison above can fail", () => {
    // Same files but a connection-cost matrix of zeros (its 2-number header kept): words are cut differently.
    tmp = mkdtempSync(path.join(os.tmpdir(), "kuromoji-dict-"));
    cpSync(dicPath, tmp, { recursive: true });
    const cc = gunzipSync(readFileSync(path.join(dicPath, "cc.dat.gz")));
    cc.fill(0, 4);
    writeFileSync(path.join(tmp, "cc.dat.gz"), gzipSync(cc));
    const changed = loadIpadicTokenizer(tmp);
    expect(disagreements(stock, changed).length).toBeGreaterThan(10);
  });

  it("fails with the file error when the dictionary folder is missing", () => {
    expect(() => loadIpadicTokenizer(path.join(os.tmpdir(), "no-such-kuromoji-dict"))).toThrow(/ENOENT/);
  });
});
