import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** A site.yaml for loader tests: 架空町 with three towns (one with 3 丁目). */
export const TEST_SITE_YAML = `municipality:
  name: 架空町
  prefecture: 東京都
  code: "999997"
site:
  title: テスト
  description: テスト用
  url: https://test.example.jp
department:
  name: 福祉課
  address: 東京都架空町1-1
  phone: 03-0000-9999
  hours: 平日
towns:
  - { name: 中央町, kana: ちゅうおうちょう, chome: 3 }
  - { name: 北町, kana: きたまち }
  - { name: 桜ヶ丘, kana: さくらがおか }
`;

/**
 * Writes a throw-away content folder: `files` maps relative paths to text or bytes. A site.yaml is added unless given.
 * @returns the folder
 */
export function makeContent(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-loader-"));
  const all = { "site.yaml": TEST_SITE_YAML, ...files };
  for (const [rel, data] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), data);
  }
  return dir;
}
