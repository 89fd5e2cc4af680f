/**
 * Phone numbers and dates, the values residents act on:
 * - 全角英数 where half-width is expected: phone/FAX and date fields, and phone numbers, dates and times in text
 *   (screen readers read ２０２６ digit by digit; phones cannot dial a full-width number);
 * - phone numbers in text and tel: links that are not Japanese domestic numbers (wrong digit count, missing
 *   area code, another country): an error, because a resident would call a wrong number.
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { findFullWidthDates, findPhoneNumbers, hasFullWidthAlnum, isShortServiceNumber } from "../lib/text/text-rules.ts";
import { normalizeMachineText } from "../lib/values/normalize-text.ts";
import { normalizeJapanesePhone } from "../lib/values/phone.ts";
import { documentParts } from "./document-parts.ts";
import { type ContentCheck, spanPosition } from "./model.ts";

export const fullWidthDigitsCheck: ContentCheck = {
  id: "full-width-digits",
  title: "電話番号・日付・時刻の全角英数字",
  run(model) {
    const issues: ContentIssue[] = [];
    for (const span of model.texts) {
      if ((span.role === "phone" || span.role === "date") && hasFullWidthAlnum(span.text)) {
        issues.push({
          severity: "warning",
          file: span.file,
          line: span.line,
          column: span.column,
          field: span.field,
          value: span.text,
          message: `${span.role === "phone" ? "電話番号" : "日付"}に全角の英数字が使われています（読み取りはできますが、半角で書くのが決まりです）`,
          // Every hyphen look-alike becomes "-": MHLW's files write 「０２８５ー５２ー１０１０」 with the long-vowel mark.
          hint: `「${normalizeMachineText(span.text)}」のように半角で書いてください`,
        });
      }
      if (span.role !== "prose") continue;
      for (const m of findFullWidthDates(span.text)) {
        issues.push({
          severity: "warning",
          file: span.file,
          ...spanPosition(span, m.index),
          field: span.field,
          value: m.text,
          message: "日付や時刻に全角の数字・記号が使われています（音声読み上げで 1 文字ずつ読まれることがあります）",
          hint: `「${m.replacement}」のように半角で書いてください`,
        });
      }
      for (const m of findPhoneNumbers(span.text)) {
        if (!m.fullWidth || !m.normalized) continue;
        issues.push({
          severity: "warning",
          file: span.file,
          ...spanPosition(span, m.index),
          field: span.field,
          value: m.text,
          message: "電話番号に全角の数字・記号が使われています（スマートフォンでタップして電話をかけられないことがあります）",
          hint: `「${m.normalized}」のように半角で書いてください`,
        });
      }
    }
    return issues;
  },
};

export const phoneNumbersCheck: ContentCheck = {
  id: "phone-numbers",
  title: "日本の電話番号として正しいか（桁数、市外局番、国番号、tel: リンク）",
  run(model) {
    const issues: ContentIssue[] = [];
    for (const span of model.texts) {
      if (span.role !== "prose") continue;
      for (const m of findPhoneNumbers(span.text)) {
        const where = { file: span.file, ...spanPosition(span, m.index), field: span.field, value: m.text };
        if (m.normalized === null) {
          issues.push({
            ...where,
            // Staff-written text stops the build; imported CSV data (national open data) only warns.
            severity: /\.csv$/i.test(span.file) ? "warning" : "error",
            message: m.international
              ? "日本の電話番号ではありません（+81 以外の国番号です）"
              : "電話番号として正しくありません（日本の電話番号は 0 から始まる 10 桁か 11 桁です）",
            hint: "市外局番から、桁数を確かめて書いてください（例: 03-0000-1234、0120-000-000、090-0000-0000）",
          });
        } else if (m.international) {
          issues.push({
            ...where,
            severity: "warning",
            message: "電話番号が国際電話の書き方（+81）になっています",
            hint: `国内向けのページなので「${m.normalized}」と書いてください`,
          });
        }
      }
    }
    for (const doc of model.documents) {
      for (const link of documentParts(doc).links) {
        const m = /^tel:(.*)$/i.exec(link.href.trim());
        if (!m) continue;
        let number = m[1] ?? "";
        try {
          number = decodeURIComponent(number);
        } catch {
          // keep as written
        }
        const digits = number.normalize("NFKC").replace(/[-\s().]/g, "");
        const domestic = digits.startsWith("+81") ? `0${digits.slice(3).replace(/^0/, "")}` : digits;
        if (
          isShortServiceNumber(digits) ||
          ((!digits.startsWith("+") || digits.startsWith("+81")) && normalizeJapanesePhone(domestic))
        ) {
          continue;
        }
        issues.push({
          severity: "error",
          file: doc.file,
          line: link.line,
          column: link.column,
          field: "リンク",
          value: link.href,
          message: "tel: リンクの番号が日本の電話番号として正しくありません",
          hint: "[03-0000-1234](tel:0300001234) のように、市外局番からの番号を書いてください",
        });
      }
    }
    return issues;
  },
};
