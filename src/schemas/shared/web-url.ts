import { z } from "./zod-japanese.ts";

/** Whether a text parses as an absolute http(s) URL. */
function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** A label typed before the address in a cell (`URL：`, `HP:`, `ホームページ：`), after NFKC. */
const URL_LABEL = /^(?:url|hp|ホームページ)\s*:\s*/i;

/**
 * The URL as a link can use it. Published files type URLs with Japanese input on (`https：//`, `ｈｔｔｐ：//ｗｗｗ．…`:
 * dozens of rows in each of MHLW's 介護サービス情報公表 files), some after a label (`URL：ｈｔｔｐ：//…`): such a value
 * is read in its half-width form (NFKC) without the label, which is the address its writer meant. A value that is
 * already a URL is kept as written.
 */
export function readWebUrl(value: string): string {
  if (isWebUrl(value)) return value;
  const halfWidth = value.normalize("NFKC").trim().replace(URL_LABEL, "");
  return isWebUrl(halfWidth) ? halfWidth : value;
}

/** An absolute http(s) URL. Other schemes (javascript:, data:) are refused: only http/https/tel/mailto links exist. */
export const webUrlSchema = z
  .string()
  .transform(readWebUrl)
  .refine(isWebUrl, { message: "http:// または https:// で始まる URL を書いてください" });

/** An e-mail address (used for mailto: links). */
export const emailSchema = z.email({ message: "メールアドレスの形式が正しくありません（例: zaitaku@city.example.jp）" });
