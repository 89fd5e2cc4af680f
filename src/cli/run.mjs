// Launcher for the npm scripts: the commands are TypeScript run by Node's type stripping, which Node 20 lacks and
// answers with a stack trace. Plain JavaScript, so that an old Node reaches this check and prints one clear line.
// `npm run …` uses the project's own Node 24 (the `node` devDependency comes first on the npm script PATH).
const [major] = process.versions.node.split(".").map(Number);
const [, , command, ...rest] = process.argv;
if (major < 24) {
  console.error(
    `エラー: この Node.js（v${process.versions.node}）では動きません。node で直接呼ばず、npm install のあと npm run ${command === "a11y-report" ? "a11y:report" : (command ?? "build")} で実行してください（プロジェクトの Node 24 が使われます）。`,
  );
  process.exit(1);
}
const entry = new URL(command === "bench" ? "../../bench/run.ts" : `./${command}.ts`, import.meta.url);
process.argv = [process.argv[0], entry.pathname, ...rest];
await import(entry.href);
