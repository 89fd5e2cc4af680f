import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const launcher = path.join(root, "src/cli/run.mjs");

/** Runs one command through the same launcher the npm scripts use. */
function run(command: string, ...args: string[]) {
  return spawnSync(process.execPath, [launcher, command, ...args], { cwd: root, encoding: "utf8", timeout: 20_000 });
}

const commands = [
  ["build", "npm run build"],
  ["check", "npm run check"],
  ["report", "npm run report"],
  ["a11y-report", "npm run a11y:report"],
  ["bench", "npm run bench"],
  ["distribute", "npm run distribute"],
] as const;

describe("command line manners", () => {
  for (const [command, npmName] of commands) {
    it(`${command} --help prints Japanese usage and exits 0`, () => {
      const result = run(command, "--help");
      expect(result.status).toBe(0);
      expect(result.stdout.startsWith(`使い方: ${npmName}`)).toBe(true);
      expect(result.stdout).toContain("--help");
      expect(result.stderr).toBe("");
    });

    it(`${command} with an unknown option prints one Japanese line, no stack trace, exit 2`, () => {
      const result = run(command, "--no-such-option");
      expect(result.status).toBe(2);
      const lines = result.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain("--no-such-option");
      expect(lines[0]).toContain(`${npmName} -- --help`);
      expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    });
  }

  it("-h is the same as --help", () => {
    expect(run("check", "-h").stdout).toBe(run("check", "--help").stdout);
  });
});

// The machine's system Node, when it is older than 24, shows what a fresh machine's user sees on `node src/cli/…`.
const systemNode = spawnSync("/usr/bin/node", ["-p", "process.versions.node.split('.')[0]"], { encoding: "utf8" });
const oldNode = systemNode.status === 0 && Number(systemNode.stdout) < 24;

describe.runIf(oldNode)("launcher on an old Node", () => {
  it("prints one Japanese line telling to use npm run, exit 1", () => {
    const result = spawnSync("/usr/bin/node", [launcher, "report"], { cwd: root, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("npm run report");
  });
});
