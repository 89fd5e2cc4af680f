import { checkJapanCoordinates } from "../lib/values/geo.ts";
import { normalizeMachineText } from "../lib/values/normalize-text.ts";
import { phoneSchema } from "./shared/phone.ts";
import { emailSchema, webUrlSchema } from "./shared/web-url.ts";
import { z } from "./shared/zod-japanese.ts";

/**
 * Home-care resources (医療機関・介護事業所) from `resources/*.csv`: the row schemas of the national formats
 * (医療機関一覧, 介護サービス事業所一覧, 厚労省 介護サービス情報公表) and the merged record every page uses.
 */

/** Categories residents browse by. */
export const resourceCategories = ["病院", "診療所", "歯科診療所", "薬局", "介護サービス事業所"] as const;
/** A resource category. */
export type ResourceCategory = (typeof resourceCategories)[number];

/**
 * 医療機関の種類: the standard's 病院 / 有床診療所 / 無床診療所, plus two project extensions: 歯科診療所 (also recognised
 * from 診療科目 that are all dental) and 薬局 (pharmacies have no value in the standard).
 */
export const medicalKinds = ["病院", "有床診療所", "無床診療所", "診療所", "歯科診療所", "薬局"] as const;

/**
 * Home-care facts the national standards lack (project extension): column `在宅_<label>` with 有/無 (also ○/×, あり/なし),
 * in the resource CSV itself or in a sidecar CSV keyed by ID/NO/医療機関コード/事業所番号. 備考 is never parsed.
 */
export const homeCareFlags = [
  { key: "visitingPhysician", label: "訪問診療", slug: "houmon-shinryo" },
  { key: "supportClinic", label: "在宅療養支援診療所", slug: "zaitaku-shien" },
  { key: "allHours", label: "24時間対応", slug: "24h" },
  { key: "endOfLife", label: "看取り対応", slug: "mitori" },
  { key: "visitingDentist", label: "訪問歯科", slug: "houmon-shika" },
  { key: "homeVisitPharmacy", label: "在宅訪問薬局", slug: "zaitaku-yakkyoku" },
] as const;
/** Key of a home-care flag. */
export type HomeCareKey = (typeof homeCareFlags)[number]["key"];

/** Header prefix of the home-care extension columns. */
export const HOME_CARE_PREFIX = "在宅_";

/** 有/無 as written → true/false; undefined for an empty cell; null when unreadable. */
export function parseYesNo(text: string): boolean | undefined | null {
  const t = text.normalize("NFKC").trim().toLowerCase();
  if (t === "" || t === "-") return undefined;
  if (/^(有|有り|あり|○|〇|◯|はい|1|true|yes)$/.test(t)) return true;
  if (/^(無|無し|なし|×|✕|いいえ|0|false|no)$/.test(t)) return false;
  return null;
}

/** A list cell: 「内科;外科」 (the standard's half-width semicolon), also 、 ， ; and full-width ；. */
const listSchema = z.string().transform((v) =>
  v
    .split(/[;；、,，]/)
    .map((s) => s.trim())
    .filter(Boolean),
);

const coordinateMessage = (label: string) =>
  `${label}は ${label === "緯度" ? "-90〜90" : "-180〜180"} の十進数で書いてください（例: ${label === "緯度" ? "35.6812" : "139.7671"}）`;

/** A coordinate cell (trailing spaces and full-width digits tolerated). */
const coordinateSchema = (label: string, limit: number) =>
  z.string().transform((v, ctx) => {
    const t = v.normalize("NFKC").trim();
    const n = /^[+-]?\d{1,3}(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
    if (Number.isNaN(n) || Math.abs(n) > limit) {
      ctx.addIssue({
        code: "custom",
        message: `${label}は -${limit}〜${limit} の十進数で書いてください（例: ${label === "緯度" ? "35.6812" : "139.7671"}）`,
      });
      return z.NEVER;
    }
    return n;
  });

/** 時刻: "9:00", "09:00", full width, or an Excel time serial (0.375 = 9:00). Other text is kept as written. */
const timeSchema = z.string().transform((v) => {
  const t = normalizeMachineText(v);
  if (/^0?\.\d+$/.test(t)) {
    const minutes = Math.round(Number(t) * 1440);
    return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
  }
  const m = /^(\d{1,2}):(\d{2})(:00)?$/.exec(t);
  return m ? `${Number(m[1])}:${m[2]}` : v.trim();
});

/** Fields shared by every resource row (all cells arrive as text). */
const baseRowSchema = z.object({
  /**
   * ID (current) or NO (legacy): unique within the publishing municipality; half-width letters and digits, with
   * `-`, `_` and `.` (IMI-style files use dotted ids such as `jp.takamatsu.smartcity.medical.Hospital.1`).
   */
  sourceId: z
    .string()
    .transform((v) => v.normalize("NFKC").trim())
    .refine((v) => /^[A-Za-z0-9_.-]+$/.test(v), { message: "ID・NO は半角の英数字（と - _ .）で書いてください" })
    .optional(),
  /** 名称 / 介護サービス事業所名称 / 事業所名. Required. */
  name: z.string().min(1),
  /** 名称_カナ. */
  nameKana: z.string().optional(),
  /** 住所 (legacy) or 所在地_連結表記 (current). Composed from 所在地_都道府県 … when only the parts are given. */
  address: z.string().optional(),
  addressPrefecture: z.string().optional(),
  addressCity: z.string().optional(),
  addressTown: z.string().optional(),
  addressRest: z.string().optional(),
  /** 方書 / 建物名等(方書). */
  building: z.string().optional(),
  /** 郵便番号. */
  postalCode: z
    .string()
    .transform((v) => v.normalize("NFKC").replace(/[^\d]/g, ""))
    .refine((v) => v.length === 7, { message: "郵便番号は 7 桁です（例: 100-0000）" })
    .transform((v) => `${v.slice(0, 3)}-${v.slice(3)}`)
    .optional(),
  /** 緯度. Beyond ±90 is an error unless the pair is swapped inside Japan (then the loader warns). */
  latitude: coordinateSchema("緯度", 180).optional(),
  longitude: coordinateSchema("経度", 180).optional(),
  phone: phoneSchema.optional(),
  extension: z.string().optional(),
  fax: phoneSchema.optional(),
  email: emailSchema.optional(),
  url: webUrlSchema.optional(),
  corporateNumber: z
    .string()
    .transform((v) => v.normalize("NFKC").trim())
    .refine((v) => /^\d{13}$/.test(v), { message: "法人番号は半角数字 13 桁です" })
    .optional(),
  corporateName: z.string().optional(),
  /** 診療曜日 / 利用可能曜日 (free text as written). */
  days: z.string().optional(),
  openTime: timeSchema.optional(),
  closeTime: timeSchema.optional(),
  /** 診療日時特記事項 / 利用可能曜日特記事項. */
  hoursNote: z.string().optional(),
  afterHours: z.string().optional(),
  departments: listSchema.optional(),
  beds: z.string().optional(),
  capacity: z.string().optional(),
  /** 備考: shown as written, never parsed for facts. */
  note: z.string().optional(),
  /**
   * 事業所番号: the 介護保険事業所番号, 10 characters (digits, and capital letters where MHLW uses them, e.g.
   * 介護医療院 `01B0100011`). Any other shape is kept and warned about by the loader ({@link OFFICE_NUMBER_PATTERN}),
   * never a stop for the build.
   */
  officeNumber: z
    .string()
    .transform((v) => v.normalize("NFKC").trim().toUpperCase())
    .optional(),
  /** 医療機関コード (7 digits within the prefecture; kept as text for leading zeros). */
  medicalCode: z
    .string()
    .transform((v) => v.normalize("NFKC").trim())
    .refine((v) => /^[0-9A-Za-z-]+$/.test(v), { message: "医療機関コードは半角の数字で書いてください" })
    .optional(),
});

function requireAddress<
  T extends {
    address?: string | undefined;
    addressPrefecture?: string | undefined;
    addressCity?: string | undefined;
    addressTown?: string | undefined;
    addressRest?: string | undefined;
    latitude?: number | undefined;
    longitude?: number | undefined;
  },
>(row: T, ctx: z.RefinementCtx): void {
  const composed = [row.addressPrefecture, row.addressCity, row.addressTown, row.addressRest].filter(Boolean).join("");
  if (!row.address && !composed) ctx.addIssue({ code: "custom", path: ["address"], message: "必須の値が空です" });
  if (
    row.latitude !== undefined &&
    Math.abs(row.latitude) > 90 &&
    checkJapanCoordinates(row.latitude, row.longitude ?? 0) !== "swapped"
  ) {
    ctx.addIssue({ code: "custom", path: ["latitude"], message: coordinateMessage("緯度") });
  }
  if ((row.latitude === undefined) !== (row.longitude === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: [row.latitude === undefined ? "latitude" : "longitude"],
      message: "緯度と経度は両方書くか、両方空にしてください",
    });
  }
}

/**
 * The shapes of a 介護保険事業所番号: 10 characters, half-width digits and capital letters (MHLW gives 介護医療院
 * numbers such as `01B0100011`).
 */
export const OFFICE_NUMBER_PATTERN = /^[0-9A-Z]{10}$/;

/** Names for a 医療機関の種類 seen in real lists (高松市: 歯科), and the kind they mean. */
export const MEDICAL_KIND_SYNONYMS: Record<string, (typeof medicalKinds)[number]> = {
  歯科: "歯科診療所",
  歯科医院: "歯科診療所",
  保険薬局: "薬局",
  一般診療所: "診療所",
};

/** A row of 医療機関一覧 (legacy 推奨データセット or current 自治体標準オープンデータセット; 薬局 as a project extension). */
export const medicalRowSchema = baseRowSchema
  .extend({
    /**
     * 医療機関の種類: 病院 / 有床診療所 / 無床診療所 (standard), 歯科診療所 / 薬局 (project extension). Required. The short
     * forms real lists use ({@link MEDICAL_KIND_SYNONYMS}) are read as the long ones.
     */
    medicalKind: z
      .string()
      .transform((v) => v.normalize("NFKC").trim())
      .transform((v) => MEDICAL_KIND_SYNONYMS[v] ?? v)
      .pipe(z.enum(medicalKinds, { message: `医療機関の種類は ${medicalKinds.join("・")} のどれかです` })),
  })
  .superRefine(requireAddress);

/** A row of 介護サービス事業所一覧 (legacy or current). */
export const careRowSchema = baseRowSchema
  .extend({
    /** 実施サービス: one or more services, separated by ;. Required. */
    services: listSchema.refine((v) => v.length > 0, { message: "必須の値が空です" }),
  })
  .superRefine(requireAddress);

/** A row of 厚生労働省 介護サービス情報公表システム open data: one row per office and service. */
export const mhlwRowSchema = baseRowSchema
  .extend({
    /** サービスの種類 (one per row). Required. */
    serviceKind: z.string().trim().min(1),
    /** 事業所番号: the key rows are merged by. Required; its shape is checked by the loader (a warning). */
    officeNumber: z
      .string()
      .transform((v) => v.normalize("NFKC").trim().toUpperCase())
      .pipe(z.string().min(1, { message: "必須の値が空です" })),
  })
  .superRefine(requireAddress);

/** Where a record came from (for messages and the report; not part of the published data). */
export const resourceSourceSchema = z.object({
  /** File relative to the content folder. */
  file: z.string(),
  /** Row number (header = row 1). */
  row: z.number().int(),
  /** Detected format, e.g. 医療機関一覧（推奨データセット）. */
  format: z.string(),
});

/** The home-care facts of a record: true (有), false (無) or absent (unknown). */
export const homeCareSchema = z.object(
  Object.fromEntries(homeCareFlags.map((f) => [f.key, z.boolean().optional()])) as Record<
    HomeCareKey,
    z.ZodOptional<z.ZodBoolean>
  >,
);

/**
 * A resource as every page, filter, map and export sees it: one per 医療機関 (by ID) or per 介護事業所 (by 事業所番号,
 * the MHLW per-service rows merged). Values are text as written except where normalised (phone, coordinates).
 */
export const resourceSchema = z.object({
  /** Page id: iryo-<ID> or kaigo-<事業所番号>, lower-case: /resources/<id>/. */
  id: z.string(),
  /** 医療機関 or 介護事業所 (decides the export file and the JSON-LD type). */
  domain: z.enum(["medical", "care"]),
  category: z.enum(resourceCategories),
  /** ID/NO as written in the source (kept for the open-data export and sidecar keys). */
  sourceId: z.string().optional(),
  name: z.string(),
  nameKana: z.string().optional(),
  /** 医療機関の種類 as written (medical only). */
  medicalKind: z.string().optional(),
  /** 実施サービス / サービスの種類 (care; several after merging). */
  services: z.array(z.string()),
  /** 診療科目. */
  departments: z.array(z.string()),
  address: z.string(),
  building: z.string().optional(),
  postalCode: z.string().optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
  phone: z.string().optional(),
  extension: z.string().optional(),
  fax: z.string().optional(),
  email: z.string().optional(),
  url: z.string().optional(),
  corporateNumber: z.string().optional(),
  corporateName: z.string().optional(),
  medicalCode: z.string().optional(),
  officeNumber: z.string().optional(),
  days: z.string().optional(),
  openTime: z.string().optional(),
  closeTime: z.string().optional(),
  hoursNote: z.string().optional(),
  afterHours: z.string().optional(),
  beds: z.string().optional(),
  capacity: z.string().optional(),
  note: z.string().optional(),
  homeCare: homeCareSchema,
  /** 町名 (from site.yaml towns) found at the start of the address, for the area filter. */
  town: z.string().optional(),
  /** Rows the record was built from. */
  sources: z.array(resourceSourceSchema),
});

/** A merged resource record. */
export type Resource = z.infer<typeof resourceSchema>;
/** One source row reference. */
export type ResourceSource = z.infer<typeof resourceSourceSchema>;
