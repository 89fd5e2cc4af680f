/**
 * The column names of resource CSVs (医療機関一覧, 介護サービス事業所一覧, 介護サービス情報公表), as data: each canonical field and
 * every header name seen for it, the layouts recognised from a header and the published headers in order (with the
 * legacy definitions' Required columns). The importer, the open-data export, the benchmark generator, the tests and the
 * docs' column tables and lists (`node scripts/docs-tables.ts`) read this file; widen a list here when a real file
 * spells a column differently.
 */

/**
 * Header aliases of every resource layout, by canonical field (docs/dev/open-data-formats.md §3, §5, §6): legacy
 * 推奨データセット, current 自治体標準オープンデータセット (Japanese and physical English names of the common block) and the
 * MHLW 介護サービス情報公表 layout. Columns are matched by name, never by position.
 */
export const RESOURCE_ALIASES = {
  localGovernmentCode: [
    "都道府県コード又は市区町村コード",
    "都道府県コード又は市町村コード",
    "全国地方公共団体コード",
    "localgov_code",
  ],
  sourceId: ["NO", "No", "ID", "id", "許可番号"],
  prefectureName: ["都道府県名"],
  cityName: ["市区町村名", "地方公共団体名", "localgov_name"],
  name: ["名称", "介護サービス事業所名称", "事業所名", "施設正式名称", "施設名", "name"],
  nameKana: ["名称_カナ", "介護サービス事業所名称_カナ", "事業所名カナ", "name_kana"],
  nameEnglish: ["名称_英語", "名称_英字", "name_english"],
  medicalKind: ["医療機関の種類", "施設区分", "業務種別"],
  services: ["実施サービス"],
  serviceKind: ["サービスの種類"],
  locatedCode: ["所在地_全国地方公共団体コード", "seat_localgov_code"],
  choazaId: ["町字ID", "choaza_id"],
  address: ["住所", "所在地", "所在地_連結表記", "seat_copulative_spell"],
  addressPrefecture: ["所在地_都道府県", "seat_prefecture"],
  addressCity: ["所在地_市区町村", "seat_city"],
  addressTown: ["所在地_町字", "seat_choaza"],
  addressRest: ["所在地_番地以下", "seat_after_address"],
  building: ["方書", "建物名等(方書)", "方書（ビル名等）", "buillding_name_etc", "building_name_etc"],
  latitude: ["緯度", "latitude"],
  longitude: ["経度", "longitude"],
  heightType: ["高度の種別"],
  height: ["高度の値"],
  postalCode: ["郵便番号"],
  phone: ["電話番号"],
  extension: ["内線番号"],
  fax: ["FAX番号"],
  email: ["連絡先メールアドレス", "メールアドレス"],
  corporateNumber: ["法人番号"],
  corporateName: ["法人の名称"],
  medicalCode: ["医療機関コード"],
  officeNumber: ["事業所番号"],
  days: ["診療曜日", "利用可能曜日"],
  openTime: ["診療開始時間"],
  closeTime: ["診療終了時間"],
  hoursNote: ["診療日時特記事項", "利用可能曜日特記事項"],
  afterHours: ["時間外における対応"],
  departments: ["診療科目"],
  beds: ["病床数"],
  capacity: ["定員"],
  url: ["URL"],
  note: ["備考"],
  mhlwSharedService: ["高齢者の方と障害者の方が同時一体的に利用できるサービス"],
  mhlwCareStandard: ["介護保険の通常の指定基準を満たしている"],
  mhlwDisabilityStandard: ["障害福祉の通常の指定基準を満たしている"],
} as const;

/** A canonical resource column. */
export type ResourceField = keyof typeof RESOURCE_ALIASES;

/** The layouts recognised from a header row. */
export type ResourceFormat = "medical" | "care" | "mhlw" | "homecare";

/**
 * Key columns of each layout, in the words staff see: the message when a file matches none, the report's layout name and
 * the staff docs' table of layouts.
 */
export const RESOURCE_FORMATS: readonly { format: ResourceFormat; label: string; keys: string }[] = [
  { format: "medical", label: "医療機関一覧", keys: "名称・医療機関の種類・住所（または所在地_連結表記）" },
  {
    format: "care",
    label: "介護サービス事業所一覧",
    keys: "介護サービス事業所名称（または名称）・実施サービス・住所（または所在地_連結表記）",
  },
  { format: "mhlw", label: "介護サービス情報公表（厚生労働省）", keys: "事業所名・サービスの種類・事業所番号・住所" },
  {
    format: "homecare",
    label: "在宅医療・介護の情報（このプロジェクトの追加形式）",
    keys: "ID・NO・医療機関コード・事業所番号のどれか 1 つと、在宅_ で始まる列",
  },
];

/** A header name the importer reads as some resource column: the headers below may hold no other. */
export type ResourceColumnName = (typeof RESOURCE_ALIASES)[ResourceField][number];

/** 医療機関一覧, legacy 推奨データセット header (docs/dev/open-data-formats.md §5a), in its published order. */
export const MEDICAL_LEGACY_HEADER = [
  "都道府県コード又は市区町村コード",
  "NO",
  "都道府県名",
  "市区町村名",
  "名称",
  "名称_カナ",
  "医療機関の種類",
  "住所",
  "方書",
  "緯度",
  "経度",
  "電話番号",
  "内線番号",
  "FAX番号",
  "法人番号",
  "法人の名称",
  "医療機関コード",
  "診療曜日",
  "診療開始時間",
  "診療終了時間",
  "診療日時特記事項",
  "時間外における対応",
  "診療科目",
  "病床数",
  "URL",
  "備考",
] as const satisfies readonly ResourceColumnName[];

/**
 * The columns of {@link MEDICAL_LEGACY_HEADER} its definition marks Required (NEC-FIWARE's transcription of the
 * CIO-portal sheet; `*` in docs/dev/open-data-formats.md §5a). Documentation only: real files leave some empty (URL).
 */
export const MEDICAL_LEGACY_REQUIRED: readonly (typeof MEDICAL_LEGACY_HEADER)[number][] = [
  "名称",
  "名称_カナ",
  "医療機関の種類",
  "住所",
  "診療曜日",
  "診療開始時間",
  "診療終了時間",
  "診療科目",
  "病床数",
  "URL",
];

/** 介護サービス事業所一覧, legacy 推奨データセット header (docs/dev/open-data-formats.md §6a), in its published order. */
export const CARE_LEGACY_HEADER = [
  "都道府県コード又は市区町村コード",
  "NO",
  "都道府県名",
  "市区町村名",
  "介護サービス事業所名称",
  "介護サービス事業所名称_カナ",
  "実施サービス",
  "住所",
  "方書",
  "緯度",
  "経度",
  "電話番号",
  "内線番号",
  "FAX番号",
  "法人番号",
  "法人の名称",
  "事業所番号",
  "利用可能曜日",
  "利用可能曜日特記事項",
  "定員",
  "URL",
  "備考",
] as const satisfies readonly ResourceColumnName[];

/**
 * The columns of {@link CARE_LEGACY_HEADER} its definition marks Required (NEC-FIWARE's transcription of the
 * CIO-portal sheet; `*` in docs/dev/open-data-formats.md §6a).
 */
export const CARE_LEGACY_REQUIRED: readonly (typeof CARE_LEGACY_HEADER)[number][] = [
  "介護サービス事業所名称",
  "介護サービス事業所名称_カナ",
  "実施サービス",
  "住所",
  "電話番号",
];

/**
 * 厚生労働省 介護サービス情報公表システム open data header (docs/dev/open-data-formats.md §6c), spelled as the real files
 * spell it (`市町村`, `No`, full-width `（ビル名等）`), in its published order.
 */
export const MHLW_HEADER: readonly ResourceColumnName[] = [
  "都道府県コード又は市町村コード",
  "No",
  "都道府県名",
  "市区町村名",
  "事業所名",
  "事業所名カナ",
  "サービスの種類",
  "住所",
  "方書（ビル名等）",
  "緯度",
  "経度",
  "電話番号",
  "FAX番号",
  "法人番号",
  "法人の名称",
  "事業所番号",
  "利用可能曜日",
  "利用可能曜日特記事項",
  "定員",
  "URL",
  "高齢者の方と障害者の方が同時一体的に利用できるサービス",
  "介護保険の通常の指定基準を満たしている",
  "障害福祉の通常の指定基準を満たしている",
  "備考",
];

/**
 * 医療機関一覧 as the open-data export writes it: the current 自治体標準オープンデータセット names (§3 block, §5b), before
 * the project's `在宅_…` columns.
 */
export const MEDICAL_EXPORT_HEADER: readonly ResourceColumnName[] = [
  "全国地方公共団体コード",
  "ID",
  "地方公共団体名",
  "名称",
  "名称_カナ",
  "医療機関の種類",
  "所在地_連結表記",
  "建物名等(方書)",
  "緯度",
  "経度",
  "郵便番号",
  "電話番号",
  "内線番号",
  "FAX番号",
  "連絡先メールアドレス",
  "法人番号",
  "法人の名称",
  "医療機関コード",
  "診療曜日",
  "診療開始時間",
  "診療終了時間",
  "診療日時特記事項",
  "時間外における対応",
  "診療科目",
  "病床数",
  "URL",
  "備考",
];

/**
 * 介護サービス事業所一覧 as the open-data export writes it: the current names (§3 block, §6b), before the project's
 * `在宅_…` columns.
 */
export const CARE_EXPORT_HEADER: readonly ResourceColumnName[] = [
  "全国地方公共団体コード",
  "ID",
  "地方公共団体名",
  "介護サービス事業所名称",
  "介護サービス事業所名称_カナ",
  "実施サービス",
  "所在地_連結表記",
  "建物名等(方書)",
  "緯度",
  "経度",
  "郵便番号",
  "電話番号",
  "内線番号",
  "FAX番号",
  "連絡先メールアドレス",
  "法人番号",
  "法人の名称",
  "事業所番号",
  "利用可能曜日",
  "利用可能曜日特記事項",
  "定員",
  "URL",
  "備考",
];
