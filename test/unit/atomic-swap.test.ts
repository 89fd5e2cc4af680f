import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type SwapFs, swapIntoPlace } from "../../src/cli/atomic-dir.ts";
import { describeFailure } from "../../src/cli/fs-errors.ts";

function errno(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: cross-device link not permitted, ${syscall}`), { code, syscall });
}

function setup(): { dir: string; staging: string; out: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-swap-"));
  const staging = path.join(dir, "elsewhere", ".dist-staging-1");
  const out = path.join(dir, "www", "dist");
  mkdirSync(staging, { recursive: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(staging, "index.html"), "new");
  writeFileSync(path.join(out, "index.html"), "previous");
  return { dir, staging, out };
}

/** Real file operations, except that renaming the staging folder itself fails as across two file systems. */
function crossDevice(staging: string, cp: SwapFs["cpSync"] = cpSync): SwapFs & { renames: string[] } {
  const renames: string[] = [];
  return {
    renames,
    renameSync: (from, to) => {
      renames.push(`${path.basename(from)} → ${path.basename(to)}`);
      if (from === staging) throw errno("EXDEV", "rename");
      renameSync(from, to);
    },
    cpSync: cp,
  };
}

describe("swapIntoPlace across file systems", () => {
  it("copies the staging folder beside the output on EXDEV and renames the copy into place", () => {
    const { dir, staging, out } = setup();
    const fs = crossDevice(staging);
    swapIntoPlace(staging, out, fs);
    expect(readFileSync(path.join(out, "index.html"), "utf8")).toBe("new");
    expect(fs.renames).toEqual([
      `dist → dist.old-${process.pid}`,
      ".dist-staging-1 → dist",
      `.dist-staging-${process.pid}-copy → dist`,
    ]);
    expect(readdirSync(path.join(dir, "www"))).toEqual(["dist"]);
    expect(readdirSync(path.join(dir, "elsewhere"))).toEqual([]);
  });

  it("puts the previous output back when the copy fails too, and says why in one Japanese line", () => {
    const { dir, staging, out } = setup();
    const fs = crossDevice(staging, () => {
      throw errno("ENOSPC", "copyfile");
    });
    let thrown: unknown;
    try {
      swapIntoPlace(staging, out, fs);
    } catch (error) {
      thrown = error;
    }
    expect(readFileSync(path.join(out, "index.html"), "utf8")).toBe("previous");
    expect(readdirSync(path.join(dir, "www"))).toEqual(["dist"]);
    const line = describeFailure(thrown, "出力フォルダ dist の入れ替え");
    expect(line).toBe(
      "出力フォルダ dist の入れ替えに失敗しました: ディスクの空きが足りません → 不要なファイルを削除して空きを作ってから、もう一度ビルドしてください（ENOSPC）",
    );
    expect(line).not.toMatch(/\n|cross-device|copyfile/);
  });

  it("describes EXDEV itself in Japanese when it cannot be worked around", () => {
    expect(describeFailure(errno("EXDEV", "rename"), "入れ替え")).toMatch(
      /^入れ替えに失敗しました: 出力先が別のディスク.*（EXDEV）$/,
    );
    expect(describeFailure(errno("EWHATEVER", "open"), "読み込み")).toContain("（EWHATEVER）");
    expect(describeFailure(new Error("ふつうのエラー"), "読み込み")).toBe("ふつうのエラー");
  });
});
