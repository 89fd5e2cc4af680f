import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** A hash of every file's path and bytes under `dir`: equal hashes mean byte-identical trees. */
export function treeHash(dir: string): string {
  const hash = createHash("sha256");
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else
        hash
          .update(rel)
          .update("\0")
          .update(readFileSync(path.join(dir, rel)))
          .update("\0");
    }
  };
  walk("");
  return hash.digest("hex");
}
