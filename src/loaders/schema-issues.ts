import type { z } from "astro/zod";
import { type ContentIssue, displayValue } from "../lib/content/content-issue.ts";

/**
 * Turns a zod validation error into located content issues.
 * @param error the ZodError from `safeParse`
 * @param input the value that was validated (to quote the offending value)
 * @param file file name relative to the content folder
 * @param lineOf finds the line of a field path (from {@link parseLocatedYaml})
 */
export function schemaIssues(
  error: z.ZodError,
  input: unknown,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): ContentIssue[] {
  return error.issues.flatMap((issue): ContentIssue[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        severity: "error",
        file,
        line: lineOf([...issue.path, key]),
        field: [...issue.path, key].join("."),
        message: "知らない項目名です",
        hint: "項目名のつづりを確認してください。使える項目は docs/staff/ の種類ごとのページにあります",
      }));
    }
    const value = valueAt(input, issue.path);
    // A record key that fails its own schema: its message says what keys are allowed.
    const keyMessage = issue.code === "invalid_key" ? issue.issues[0]?.message : undefined;
    const result: ContentIssue = {
      severity: "error",
      file,
      field: issue.path.join(".") || "(ファイル全体)",
      message: value === undefined && issue.code === "invalid_type" ? "必須の項目がありません" : (keyMessage ?? issue.message),
    };
    const line = lineOf(issue.path);
    if (line !== undefined) result.line = line;
    if (value !== undefined) result.value = displayValue(value);
    return [result];
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
