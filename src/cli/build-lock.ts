import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * One Astro build at a time per project checkout: Astro stages prerendering in `<root>/.astro/`, which two
 * simultaneous builds (two municipalities, or parallel tests) would overwrite. The lock is a directory (mkdir is
 * atomic) holding the owner's pid; a lock whose process is gone is taken over.
 * @returns a function that releases the lock
 */
export async function acquireBuildLock(root: string, onWait: () => void): Promise<() => void> {
  const lock = path.join(root, ".astro", "build.lock");
  mkdirSync(path.dirname(lock), { recursive: true });
  let warned = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, "pid"), String(process.pid));
      const release = () => rmSync(lock, { recursive: true, force: true });
      process.once("exit", release);
      return () => {
        process.off("exit", release);
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (!ownerAlive(lock)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (!warned) onWait();
      warned = true;
      await sleep(200);
    }
  }
}

function ownerAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(lock, "pid"), "utf8"));
  } catch {
    return true; // being written right now
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
