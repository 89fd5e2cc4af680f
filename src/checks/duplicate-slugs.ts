/**
 * Two files that would become the same page (`a.md` and `a.mdx` in one folder): only one could be published, and
 * which one is not something staff can see. Both files get an error naming the other.
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import type { ContentCheck } from "./model.ts";

export const duplicateSlugsCheck: ContentCheck = {
  id: "duplicate-slugs",
  title: "同じ URL になるファイルの重複",
  run(model) {
    const issues: ContentIssue[] = [];
    const groups = new Map<string, string[]>();
    for (const doc of model.documents) {
      const key = `${doc.collection}/${doc.slug}`;
      groups.set(key, [...(groups.get(key) ?? []), doc.file]);
    }
    for (const [key, files] of groups) {
      if (files.length < 2) continue;
      for (const file of files) {
        issues.push({
          severity: "error",
          file,
          field: "ファイル名",
          value: file.split("/").at(-1),
          message: `同じページ（/${key}/）になるファイルがほかにもあります: ${files.filter((f) => f !== file).join("、")}`,
          hint: "どちらかのファイルを削除するか、ファイル名を変えてください",
        });
      }
    }
    return issues;
  },
};
