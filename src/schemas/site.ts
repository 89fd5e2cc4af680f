import { isoDateSchema } from "./shared/iso-date.ts";
import { localGovernmentCodeSchema } from "./shared/local-government-code.ts";
import { phoneSchema } from "./shared/phone.ts";
import { emailSchema, webUrlSchema } from "./shared/web-url.ts";
import { z } from "./shared/zod-japanese.ts";

/** The municipality that publishes the site (自治体). */
export const municipalitySchema = z
  .object({
    /** 自治体名 without the prefecture, e.g. 架空市. Required. */
    name: z.string().min(1),
    /** 都道府県名, e.g. 東京都. Required. */
    prefecture: z.string().regex(/^.+[都道府県]$/, { message: "都道府県名を「東京都」「北海道」のように書いてください" }),
    /** 全国地方公共団体コード, 6 digits with check digit (e.g. 131016). Required. */
    code: localGovernmentCodeSchema,
  })
  .strict();

/** The department in charge (担当課): shown in every page footer and on every printed page. */
export const departmentSchema = z
  .object({
    /** 担当課の名前, e.g. 健康福祉部 高齢者支援課. Required. */
    name: z.string().min(1),
    /** 郵便番号 (〒), e.g. 100-0000. Optional. */
    postalCode: z
      .string()
      .transform((v) => v.normalize("NFKC").replace(/[^\d]/g, ""))
      .refine((v) => v.length === 7, { message: "郵便番号は 7 桁です（例: 100-0000）" })
      .transform((v) => `${v.slice(0, 3)}-${v.slice(3)}`)
      .optional(),
    /** 所在地. Required. */
    address: z.string().min(1),
    /** 電話番号. Required; shown as a tel: link. */
    phone: phoneSchema,
    /** FAX番号. Optional (many residents with hearing loss use FAX). */
    fax: phoneSchema.optional(),
    /** メールアドレス. Optional. */
    email: emailSchema.optional(),
    /** 受付時間 as free text, e.g. 平日 8時30分〜17時15分（祝日・年末年始を除く）. Required. */
    hours: z.string().min(1),
  })
  .strict();

/** Site-wide settings (サイト設定). */
export const siteSettingsSchema = z
  .object({
    /** サイト名, e.g. 架空市 在宅医療・介護のてびき. Required. */
    title: z.string().min(1),
    /** One-sentence description used on the home page and as the default meta description. Required. */
    description: z.string().min(1),
    /** Absolute URL of the site's origin, e.g. https://zaitaku.example.jp. Required. */
    url: webUrlSchema,
    /**
     * Base path when the site is published under a sub-path, e.g. /zaitaku/. Default "/".
     * Must start and end with "/".
     */
    base: z
      .string()
      .default("/")
      .transform((v) => (v.endsWith("/") ? v : `${v}/`))
      // A segment of only dots (/../, /./) passes the character rule but names no folder: browsers fold it away, so
      // every canonical URL and link would point somewhere else.
      .refine((v) => /^\/([A-Za-z0-9._~-]+\/)*$/.test(v) && !v.split("/").some((part) => /^\.+$/.test(part)), {
        message:
          "base は「/」か「/zaitaku/」のように / で始まり / で終わるパスにしてください（英数字と - _ . ~ のみ。「.」「..」だけの部分は使えません）",
      }),
    /** How dates are shown: `western` (2026年12月5日, default) or `wareki` (令和8年12月5日). */
    dateStyle: z.enum(["western", "wareki"]).default("western"),
  })
  .strict();

/** Accessibility policy (ウェブアクセシビリティ方針, JIS X 8341-3:2016). */
export const accessibilitySchema = z
  .object({
    /** 目標とする適合レベル: A, AA (default) or AAA. */
    targetLevel: z.enum(["A", "AA", "AAA"]).default("AA"),
    /** 方針を定めた日 (YYYY-MM-DD). Optional. */
    policyDate: isoDateSchema.optional(),
    /** 対象範囲 (scope) as free text. Default: the whole site. */
    scope: z.string().default("このサイトのすべてのページ"),
  })
  .strict();

/** Yearly targets for awareness activities (普及啓発の目標), used by the activity report. */
export const yearlyTargetSchema = z
  .object({
    /** The fiscal year as the Western year in which it starts (2026 = 令和8年度). */
    fiscalYear: z.number().int().min(2000).max(2100),
    /** 講演会の回数. */
    lectures: z.number().int().nonnegative().optional(),
    /** 出前講座の回数. */
    outreachTalks: z.number().int().nonnegative().optional(),
    /** 認知症カフェの回数. */
    dementiaCafes: z.number().int().nonnegative().optional(),
    /** 参加者数の合計. */
    participants: z.number().int().nonnegative().optional(),
    /** パンフレットの新規作成・更新の数. */
    pamphletUpdates: z.number().int().nonnegative().optional(),
  })
  .strict();

/** One town (町名) of the municipality: the unit that 地域包括支援センター areas are made of. */
export const townSchema = z
  .object({
    /** 町名 in kanji without 丁目, e.g. 中央町. Required. */
    name: z.string().trim().min(1),
    /** Reading in hiragana or katakana, e.g. ちゅうおうちょう (search by reading, lists grouped by あかさたな). Required. */
    kana: z
      .string()
      .trim()
      .refine((v) => /^[\u3041-\u309F\u30A0-\u30FF\uFF66-\uFF9F\s]+$/.test(v), {
        message: "読みはひらがなかカタカナで書いてください（例: ちゅうおうちょう）",
      }),
    /** Number of 丁目 (3 = 一丁目〜三丁目); 0 (default) when the town has no 丁目. */
    chome: z.number().int().min(0).max(30).default(0),
  })
  .strict();

/** The map view (地図): which tile server to use once the resident presses 「地図を表示」. */
export const mapSettingsSchema = z
  .object({
    /** Tile URL template with {z}/{x}/{y}. Default: 地理院タイル（標準地図）. */
    tileUrl: z
      .string()
      .refine((v) => /^https:\/\/[^\s]+$/.test(v) && v.includes("{z}") && v.includes("{x}") && v.includes("{y}"), {
        message: "地図タイルの URL は https:// で始まり、{z} {x} {y} を含めてください",
      })
      .default("https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png"),
    /** Attribution shown on the map (出典), required by the tile provider. Default: 地理院タイル. */
    attribution: z.string().min(1).default("地理院タイル"),
    /** Link of the attribution. Default: the 地理院タイル page. */
    attributionUrl: webUrlSchema.default("https://maps.gsi.go.jp/development/ichiran.html"),
    /** Largest zoom level the tile server offers. Default 18. */
    maxZoom: z.number().int().min(1).max(22).default(18),
  })
  .strict();

/** 印刷物の設定: the typeface of the PDFs and the share images (OGP). */
export const printSettingsSchema = z
  .object({
    /**
     * 書体: `biz-udpgothic` (BIZ UDPゴシック, default: a universal-design face made for legibility) or
     * `noto-sans-jp` (Noto Sans JP). Both come from npm packages; nothing downloads at build time.
     */
    font: z.enum(["biz-udpgothic", "noto-sans-jp"]).default("biz-udpgothic"),
    /**
     * ふりがな: `true` prints the readings the web page's ふりがな uses over the kanji of the pamphlets' body text
     * (headings stay plain). Default `false`; a pamphlet's `print.furigana` overrides it. Ruby written as
     * `｜漢字《かんじ》` is printed either way.
     */
    furigana: z.boolean().default(false),
  })
  .strict();

/** `resources:` in site.yaml: which rows of prefecture-wide and national resource files are published. */
export const resourceSettingsSchema = z
  .object({
    /**
     * `municipality` (default): rows whose 団体コード, 市区町村名 or address is this municipality's; `prefecture`: the
     * whole prefecture; `all`: every row; or a list of 団体コード / 市区町村名 (広域 sites listing several).
     */
    area: z
      .union([
        z.enum(["municipality", "prefecture", "all"]),
        z.array(z.string().trim().min(1)).min(1, { message: "市区町村名か団体コードを 1 つ以上書いてください" }),
      ])
      .default("municipality"),
  })
  .strict();

/** `site.yaml`: the municipality, the site, the department in charge, accessibility policy and yearly targets. */
export const siteConfigSchema = z
  .object({
    municipality: municipalitySchema,
    site: siteSettingsSchema,
    department: departmentSchema,
    accessibility: accessibilitySchema.default({ targetLevel: "AA", scope: "このサイトのすべてのページ" }),
    /** Optional list of yearly targets (one item per fiscal year). */
    targets: z.array(yearlyTargetSchema).default([]),
    /** 町名の一覧: every town of the municipality (coverage of 地域包括支援センター, "find your window"). Default none. */
    towns: z.array(townSchema).default([]),
    /** 地図の設定 (tile server and attribution). Default: 地理院タイル. */
    map: mapSettingsSchema.default({
      tileUrl: "https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png",
      attribution: "地理院タイル",
      attributionUrl: "https://maps.gsi.go.jp/development/ichiran.html",
      maxZoom: 18,
    }),
    /** 医療機関・介護サービス事業所の CSV の扱い. Default: only this municipality's rows. */
    resources: resourceSettingsSchema.default({ area: "municipality" }),
    /** 印刷物の設定 (typeface of PDFs and OG images). Default: BIZ UDPゴシック. */
    print: printSettingsSchema.default({ font: "biz-udpgothic", furigana: false }),
  })
  .strict();

/** The validated site configuration. */
export type SiteConfig = z.infer<typeof siteConfigSchema>;
