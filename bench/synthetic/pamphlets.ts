/** pamphlets/*.mdx and the images/*.svg they show, in the front matter of src/schemas/pamphlet.ts. */
import { stringify } from "yaml";
import { addDays } from "./dates.ts";
import { list, paragraph, table } from "./markdown.ts";
import type { Random } from "./random.ts";
import { FAQ, GENERAL_SENTENCES, IMAGE_ALTS, STEPS, TITLE_VARIANTS, TOPICS } from "./vocabulary-pamphlets.ts";

/** A pamphlet before it is written: slug and title are fixed by its position alone, so links between pamphlets can be made first. */
export interface PamphletPlan {
  slug: string;
  title: string;
  topic: (typeof TOPICS)[number];
}

/**
 * `count` pamphlets cycling through the topics; a topic met again gets a title variant (and from the second round of
 * variants an edition number), so slugs and titles stay unique. Draws nothing at random.
 */
export function planPamphlets(count: number): PamphletPlan[] {
  const plans: PamphletPlan[] = [];
  for (let i = 0; i < count; i++) {
    const topic = TOPICS[i % TOPICS.length] ?? TOPICS[0];
    if (!topic) throw new Error("no topics");
    const round = Math.floor(i / TOPICS.length);
    const variant = TITLE_VARIANTS[round % TITLE_VARIANTS.length] ?? "";
    const edition = round >= TITLE_VARIANTS.length ? `（その${Math.floor(round / TITLE_VARIANTS.length) + 1}）` : "";
    plans.push({
      slug: round === 0 ? topic.stem : `${topic.stem}-${round + 1}`,
      title: `${topic.title}${variant}${edition}`,
      topic,
    });
  }
  return plans;
}

/**
 * One pamphlet as MDX: front matter, then sections in a random order and number, with lists, tables, an illustration
 * (out of `images`), FAQ and links to one or two other pamphlets of `all`.
 */
export function pamphletMdx(r: Random, plan: PamphletPlan, index: number, all: PamphletPlan[], images: number): string {
  const { topic } = plan;
  const keyword = topic.tags[0] ?? topic.title;
  const frontmatter = {
    title: plan.title,
    description: `${topic.intro[0] ?? ""}${plan.title}について、わかりやすく説明します。`.slice(0, 200),
    updated: addDays("2025-04-01", r.int(0, 600)),
    order: index + 1,
    audience: r.chance(0.15) ? ["医療・介護関係者"] : r.chance(0.5) ? ["住民", "家族"] : ["住民"],
    tags: [...topic.tags, ...r.sample(["介護保険", "相談窓口", "家族", "在宅医療", "地域包括ケア"], r.int(0, 2))].filter(
      (tag, i, list) => list.indexOf(tag) === i,
    ),
  };
  // Real pamphlets range from a short leaflet to a long guide (the demo's are 3,000–4,500 characters).
  const length = r.pick([1, 1, 1.5, 2, 2.5]);
  const para = (min: number, max: number) => paragraph(r, GENERAL_SENTENCES, Math.round(min * length), Math.round(max * length));
  const out: string[] = [];
  const section = (heading: string, ...blocks: string[]) => out.push(`## ${heading}`, ...blocks);

  section(r.chance(0.5) ? `${keyword}ってなに？` : "はじめに", `${topic.intro.join("")}${para(1, 2)}`, para(2, 4));
  if (r.chance(0.35)) {
    const n = index % images;
    out.push(`![${IMAGE_ALTS[n % IMAGE_ALTS.length]}](../images/illust-${n + 1}.svg)`);
  }
  const middle = r.sample(["what", "who", "cost", "flow", "family", "emergency", "prepare"], r.int(3, 6));
  for (const kind of middle) {
    switch (kind) {
      case "what":
        section(
          "どんなことをしてくれるの？",
          para(1, 3),
          ...r
            .sample(["暮らしの支え", "医療的なケア", "家族への支え", "専門職どうしの連携"], r.int(1, 3))
            .flatMap((sub) => [`### ${sub}`, list(r, 3, 6), para(1, 2)]),
        );
        break;
      case "who":
        section("利用できる方", para(2, 3), list(r, 3, 5));
        break;
      case "cost":
        section("費用のめやす", para(2, 3), table(r), para(1, 2));
        break;
      case "flow":
        section(
          "始めるまでの流れ",
          r
            .sample(STEPS, r.int(3, 6))
            .map((step, i) => `${i + 1}. ${step}`)
            .join("\n"),
          para(1, 3),
        );
        break;
      case "family":
        section("家族の方へ", para(2, 4), para(2, 4));
        break;
      case "emergency":
        section("困ったときは", para(1, 3), list(r, 3, 4), r.chance(0.5) ? table(r) : "");
        break;
      case "prepare":
        section("用意しておくもの", para(1, 2), list(r, 4, 7));
        break;
    }
  }
  if (r.chance(0.7)) {
    section("よくある質問", ...r.sample(FAQ, r.int(2, 4)).flatMap(([q, a]) => [`### ${q}`, a]));
  }
  const others = r.sample(
    all.filter((p) => p.slug !== plan.slug),
    r.int(1, 2),
  );
  section(
    "相談窓口",
    `${para(1, 2)}${others.map((o) => `[${o.title}](/pamphlets/${o.slug}/)`).join("、")}もあわせてご覧ください。`,
    "高齢者支援課 在宅医療・介護連携係（電話 03-0000-1234、FAX 03-0000-1235）でも相談を受け付けています。",
  );
  return `---\n${stringify(frontmatter)}---\n\n${out.filter(Boolean).join("\n\n")}\n`;
}

/** Illustration `n` (images/illust-N.svg): a small house scene whose hue changes with `n`, so images differ in bytes. */
export function illustrationSvg(n: number): string {
  const hue = (n * 67) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360" role="img">
  <title>${IMAGE_ALTS[(n - 1) % IMAGE_ALTS.length]}</title>
  <rect width="640" height="360" fill="hsl(${hue} 60% 95%)"/>
  <path d="M120 300V170l140-100 140 100v130z" fill="hsl(${hue} 45% 70%)"/>
  <rect x="230" y="210" width="60" height="90" fill="hsl(${hue} 40% 40%)"/>
  <circle cx="480" cy="200" r="40" fill="hsl(${(hue + 40) % 360} 50% 60%)"/>
  <rect x="450" y="240" width="60" height="60" rx="12" fill="hsl(${(hue + 40) % 360} 50% 50%)"/>
</svg>
`;
}
