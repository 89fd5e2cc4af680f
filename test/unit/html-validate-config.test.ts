import { readFileSync } from "node:fs";
import path from "node:path";
import { type ConfigData, HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/fixture-site.ts";

/** The project's html-validate config still reports what the site once got wrong (it is not a config that passes all). */
describe(".htmlvalidate.json", () => {
  const config = JSON.parse(readFileSync(path.join(projectRoot, ".htmlvalidate.json"), "utf8")) as ConfigData;
  const validator = new HtmlValidate(config);
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>試験</title></head><body><main>${body}</main></body></html>`;
  const rules = async (body: string) =>
    (await validator.validateString(page(body))).results.flatMap((r) => r.messages.map((m) => m.ruleId));

  it("accepts a phone number kept on one line by the tel-number class", async () => {
    expect(await rules('<p><a class="tel-number" href="tel:0300001234">03-0000-1234</a></p>')).toEqual([]);
  });

  it("reports a phone number that may break at its hyphens", async () => {
    expect(await rules('<p><a href="tel:0300001234">03-0000-1234</a></p>')).toContain("tel-non-breaking");
  });

  it("reports two asides with the same name", async () => {
    const aside = '<aside aria-label="印刷について"><p>PDF</p></aside>';
    expect(await rules(aside + aside)).toContain("unique-landmark");
  });

  it("accepts an id made from a Japanese heading that starts with a digit (valid HTML), rejects an empty one", async () => {
    expect(await rules('<h2 id="3月6日土">3月6日（土）</h2>')).toEqual([]);
    expect(await rules('<h2 id="">見出し</h2>')).not.toEqual([]);
  });
});
