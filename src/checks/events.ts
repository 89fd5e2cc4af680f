/**
 * Events residents act on: an event that is over but still says 予定 / 受付中 in the CSV, and an upcoming event that
 * needs an application (or has a capacity) but does not say how to apply.
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import type { ContentCheck } from "./model.ts";

/** CSV 開催状況 values that announce an event as still to come. */
const UPCOMING_STATUS = /^(予定|開催|開催予定|受付中|募集中)$/;

export const pastEventStatusCheck: ContentCheck = {
  id: "event-past-upcoming",
  title: "終わったイベントが「予定」「受付中」のまま",
  run(model) {
    const issues: ContentIssue[] = [];
    for (const event of model.events ?? []) {
      if (!event.csvStatus || !UPCOMING_STATUS.test(event.csvStatus.normalize("NFKC").trim())) continue;
      if (event.data.endDate >= model.today) continue;
      issues.push({
        severity: "warning",
        file: event.file,
        line: event.line,
        field: event.fields.status,
        value: event.csvStatus,
        message: `終わったイベント（${event.data.endDate}）の開催状況が「${event.csvStatus}」のままです（オープンデータを使う人が、これから開かれると誤解します）`,
        hint: "開催状況を空欄にしてください（サイトでは日付から「終了」と表示されます）",
      });
    }
    return issues;
  },
};

export const eventApplicationCheck: ContentCheck = {
  id: "event-how-to-apply",
  title: "申込が必要なイベントに申込方法がない",
  run(model) {
    const issues: ContentIssue[] = [];
    for (const event of model.events ?? []) {
      const { data } = event;
      if (data.endDate < model.today || data.cancelled) continue;
      const application = data.application;
      const where = {
        file: event.file,
        line: event.fieldLine(application ? "application" : "capacity"),
        field: event.fields.application,
        value: data.title,
      };
      if (application?.required && !application.method && !application.url && !application.phone) {
        issues.push({
          ...where,
          severity: "warning",
          message: "申込が必要なイベントですが、申込方法（電話、FAX、申込フォームなど）が書かれていません",
          hint: "申込方法（例: 電話またはFAXで高齢者支援課へ）か申込フォームの URL を書いてください",
        });
      } else if (!application && data.capacity !== undefined) {
        issues.push({
          ...where,
          severity: "warning",
          message: `定員（${data.capacity}人）がありますが、申込について書かれていません（申込が要るのか分かりません）`,
          hint:
            event.line === 2
              ? "申込方法を application: の method: に書くか、申込不要なら application: { required: false } と書いてください"
              : "参加申込方法の列に申込方法を書くか、申込不要なら「申込不要」と書いてください",
        });
      }
    }
    return issues;
  },
};
