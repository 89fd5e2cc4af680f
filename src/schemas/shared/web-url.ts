import { z } from "./zod-japanese.ts";

/** An absolute http(s) URL. Other schemes (javascript:, data:) are refused: only http/https/tel/mailto links exist. */
export const webUrlSchema = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  },
  { message: "http:// または https:// で始まる URL を書いてください" },
);

/** An e-mail address (used for mailto: links). */
export const emailSchema = z.email({ message: "メールアドレスの形式が正しくありません（例: zaitaku@city.example.jp）" });
