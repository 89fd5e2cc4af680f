/**
 * The column names of the consultation-window open-data file (/opendata/consultation-windows.csv), as data: the
 * 公共施設一覧 columns it uses (docs/dev/open-data-formats.md §7b) and this project's extension columns, each with every
 * header name read as it. The open-data export writes these columns; the tests read the published file back with the
 * same names.
 */

/**
 * Header aliases by canonical field, in the order the export writes them; the first name is the one it writes. Key
 * order is the published column order, so a new column goes where it should appear in the file.
 */
export const WINDOW_ALIASES = {
  localGovernmentCode: ["全国地方公共団体コード"],
  id: ["ID", "NO"],
  localGovernmentName: ["地方公共団体名"],
  name: ["名称"],
  address: ["所在地_連結表記", "住所"],
  latitude: ["緯度"],
  longitude: ["経度"],
  postalCode: ["郵便番号"],
  phone: ["電話番号"],
  fax: ["FAX番号"],
  email: ["連絡先メールアドレス"],
  days: ["利用可能曜日"],
  startTime: ["開始時間"],
  endTime: ["終了時間"],
  /** 利用可能時間特記事項: 出雲市's spelling (docs/dev/open-data-formats.md §7a). */
  hoursNote: ["利用可能日時特記事項", "利用可能時間特記事項"],
  description: ["説明"],
  barrierFree: ["バリアフリー情報"],
  url: ["URL"],
  note: ["備考"],
  // This project's extension columns, after the 公共施設一覧 ones.
  kind: ["窓口の種類"],
  areas: ["担当地区"],
  services: ["相談できること"],
  access: ["アクセス"],
} as const satisfies Record<string, readonly string[]>;

/** A canonical column of the windows open-data file. */
export type WindowField = keyof typeof WINDOW_ALIASES;

/** The columns of the windows export, in the order it writes them. */
export const WINDOW_EXPORT_FIELDS = Object.keys(WINDOW_ALIASES) as WindowField[];

/** Header of the windows export: 公共施設一覧 (current layout) + 窓口の種類, 担当地区, 相談できること, アクセス. */
export const WINDOW_EXPORT_HEADER: readonly string[] = WINDOW_EXPORT_FIELDS.map((f) => WINDOW_ALIASES[f][0]);
