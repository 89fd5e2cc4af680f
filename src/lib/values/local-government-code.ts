/**
 * 全国地方公共団体コード (6 digits = 5-digit JIS code + check digit).
 * Check digit rule (総務省「全国地方公共団体コード」): weights 6,5,4,3,2 on the first five digits,
 * check = (11 − sum mod 11) mod 10. See docs/dev/open-data-formats.md §2.
 */

/**
 * Computes the check digit for a 5-digit JIS municipality code.
 * @param fiveDigits exactly five half-width digits, e.g. "13101"
 * @returns the check digit 0–9
 */
export function localGovernmentCheckDigit(fiveDigits: string): number {
  if (!/^\d{5}$/.test(fiveDigits)) {
    throw new RangeError(`5桁の数字ではありません: ${fiveDigits}`);
  }
  const weights = [6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(fiveDigits[i]), 0);
  return (11 - (sum % 11)) % 10;
}

/**
 * Tells whether a 6-digit code carries the right check digit.
 * @param code six half-width digits, e.g. "131016"
 */
export function isValidLocalGovernmentCode(code: string): boolean {
  return /^\d{6}$/.test(code) && localGovernmentCheckDigit(code.slice(0, 5)) === Number(code[5]);
}

/** What {@link readLocalGovernmentCode} made of a written code. */
export type CodeReading =
  | { status: "valid"; code: string }
  | { status: "repaired"; code: string; written: string }
  | { status: "wrong-check-digit"; code: string; expected: string }
  | { status: "not-a-code" };

/**
 * Reads a 団体コード as files write it: six digits; five digits (Excel dropped the check digit, or the leading zero of a
 * number) are repaired by adding the check digit; a wrong check digit is reported with the expected code. Text such as
 * 山口県 is not a code.
 * @param written the cell or setting as written (full-width digits accepted)
 */
export function readLocalGovernmentCode(written: string): CodeReading {
  const text = written.normalize("NFKC").trim();
  if (/^\d{5}$/.test(text)) {
    return { status: "repaired", code: `${text}${localGovernmentCheckDigit(text)}`, written: text };
  }
  if (!/^\d{6}$/.test(text)) return { status: "not-a-code" };
  if (isValidLocalGovernmentCode(text)) return { status: "valid", code: text };
  return {
    status: "wrong-check-digit",
    code: text,
    expected: `${text.slice(0, 5)}${localGovernmentCheckDigit(text.slice(0, 5))}`,
  };
}
