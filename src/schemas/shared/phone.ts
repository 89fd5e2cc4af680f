import { normalizeJapanesePhone } from "../../lib/values/phone.ts";
import { z } from "./zod-japanese.ts";

/**
 * A Japanese domestic phone or FAX number (10 or 11 digits starting with 0). Full-width digits and hyphen
 * look-alikes are folded; the value becomes "03-0000-1234". The demo municipality uses 03-0000-xxxx only.
 */
export const phoneSchema = z.string().transform((value, ctx) => {
  const phone = normalizeJapanesePhone(value);
  if (!phone) {
    ctx.addIssue({
      code: "custom",
      message: "電話番号として読めません。0 から始まる 10 桁か 11 桁の番号を、市外局番から書いてください（例: 03-0000-1234）",
    });
    return z.NEVER;
  }
  return phone;
});
