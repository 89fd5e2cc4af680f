import { isValidLocalGovernmentCode, localGovernmentCheckDigit } from "../../lib/values/local-government-code.ts";
import { z } from "./zod-japanese.ts";

/**
 * 全国地方公共団体コード: six half-width digits whose last is the check digit (e.g. 131016). A number in YAML
 * (leading zero lost) or full-width digits are accepted and normalised. The demo municipality uses 999997.
 */
export const localGovernmentCodeSchema = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const text = String(value).normalize("NFKC").trim();
  const code = /^\d{5}$/.test(text) && typeof value === "number" ? text.padStart(6, "0") : text;
  if (!/^\d{6}$/.test(code)) {
    ctx.addIssue({ code: "custom", message: "全国地方公共団体コードは半角数字 6 桁です（例: 131016）" });
    return z.NEVER;
  }
  if (!isValidLocalGovernmentCode(code)) {
    const expected = `${code.slice(0, 5)}${localGovernmentCheckDigit(code.slice(0, 5))}`;
    ctx.addIssue({
      code: "custom",
      message: `検査数字（6 桁目）が合いません。${code.slice(0, 5)} の検査数字は ${expected.slice(5)} なので「${expected}」のはずです`,
    });
    return z.NEVER;
  }
  return code;
});
