// `pretest`: finds what the tests need outside npm (Chromium for the browser tests, poppler-utils for the PDF checks,
// CJK fonts for PDF and OG rendering). Missing ones are installed with apt-get when this runs as root; otherwise it
// stops with one Japanese line naming the command to run. Plain JavaScript so that it runs before anything is built.
import { execFileSync, spawnSync } from "node:child_process";

/** True when `command` is found on the PATH. */
function found(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function hasCjkFont() {
  const result = spawnSync("fc-list", [":lang=ja"], { encoding: "utf8" });
  return result.status === 0 && /noto.*cjk/i.test(result.stdout);
}

const missing = [];
if (!["chromium", "chromium-browser"].some(found)) missing.push("chromium");
if (!found("pdftotext") || !found("pdfinfo")) missing.push("poppler-utils");
if (!hasCjkFont()) missing.push("fonts-noto-cjk");

if (missing.length > 0) {
  const command = `apt-get install -y ${missing.join(" ")}`;
  if (process.getuid?.() !== 0) {
    console.error(`エラー: テストに必要なものが入っていません。先に sudo ${command} を実行してください。`);
    process.exit(1);
  }
  console.log(`テストに必要な ${missing.join("、")} を入れます（${command}）`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", ...missing], { stdio: "inherit", env });
  } catch {
    console.error(`エラー: ${command} が失敗しました。ネットワークと apt の設定を確かめてから、もう一度実行してください。`);
    process.exit(1);
  }
}
