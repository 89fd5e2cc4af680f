import { parsePhoneNumberFromString } from "libphonenumber-js";
import { normalizeMachineText } from "./normalize-text.ts";

/**
 * Japanese phone numbers as written on the site and in the CSV open data.
 * The rule (総務省 電気通信番号計画): domestic numbers start with 0 and have 10 digits (固定電話・0120 等)
 * or 11 digits (携帯 070/080/090, IP 050, 0120 以外のフリーダイヤル 0800).
 */

/** Normalised phone number: "03-0000-1234". Returns null when the text is not a Japanese domestic number. */
export function normalizeJapanesePhone(raw: string): string | null {
  const text = normalizeMachineText(raw).replace(/[()（）\s]/g, (ch) => (ch.trim() === "" ? "" : "-"));
  const compact = text.replace(/-+/g, "-").replace(/^-|-$/g, "");
  if (!/^0[\d-]+$/.test(compact)) return null;
  const digits = compact.replace(/-/g, "");
  if (digits.length !== 10 && digits.length !== 11) return null;
  if (compact.includes("-")) return compact;
  // No hyphens given: the national numbering plan's area-code lengths (045-123-4567, 0466-12-3456) from
  // libphonenumber; only when it has no grouping, 11-digit numbers 3-4-4, free-dial 4-3-3, others 2-4-4.
  const national = parsePhoneNumberFromString(digits, "JP")?.formatNational();
  if (national?.startsWith("0") && national.includes("-") && national.replace(/-/g, "") === digits) return national;
  if (digits.length === 11) return `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`;
  if (digits.startsWith("0120")) return `${digits.slice(0, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}`;
  return `${digits.slice(0, 2)}-${digits.slice(2, 6)}-${digits.slice(6)}`;
}

/** `tel:` URI for a normalised number (digits only, so every phone dials it). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d]/g, "")}`;
}
