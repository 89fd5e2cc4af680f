import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** A finished child process with its wall time and the peak memory of its whole process tree. */
export interface MeasuredRun {
  status: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Peak of the summed resident memory of the process and all its descendants (MiB), sampled; null off Linux. */
  peakTreeRssMiB: number | null;
  /** CPU time (user + system) of the whole process tree once it has exited and been waited for (ms); null off Linux. */
  treeCpuMs: number | null;
}

/**
 * CPU time (ms) of every child this process has waited for, with their own waited-for descendants (cutime + cstime
 * of /proc/self/stat, in clock ticks of 10 ms); null when /proc is not there. Its growth across one run is the CPU
 * the run's process tree used, however short-lived its processes were.
 */
function waitedChildrenCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name (which may contain spaces) start at the state, field 3: cutime is 16, cstime 17.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

const PAGE_SIZE = 4096;

/** Resident memory (bytes) of `root` and every descendant, read from /proc; null when /proc is not there. */
export function treeRssBytes(root: number): number | null {
  let names: string[];
  try {
    names = readdirSync("/proc");
  } catch {
    return null;
  }
  const children = new Map<number, number[]>();
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Fields after the command name (which may hold spaces and parentheses): state ppid …
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop() as number;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE_SIZE;
    } catch {
      // ended
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs a command and samples the memory of its process tree every `intervalMs` (short peaks between samples can be
 * missed; the build also reports its own exact peak, see src/cli/phase-timings.ts).
 */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; intervalMs?: number; echo?: boolean },
): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = waitedChildrenCpuMs();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      if (options.echo) process.stdout.write(chunk);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    let peak: number | null = null;
    const sample = () => {
      if (child.pid === undefined) return;
      const rss = treeRssBytes(child.pid);
      if (rss !== null) peak = Math.max(peak ?? 0, rss);
    };
    const timer = setInterval(sample, options.intervalMs ?? 100);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (status) => {
      clearInterval(timer);
      const cpuAfter = waitedChildrenCpuMs();
      resolve({
        status,
        stdout,
        stderr,
        wallMs: Math.round(performance.now() - started),
        peakTreeRssMiB: peak === null ? null : Math.round(peak / 1024 / 1024),
        treeCpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
      });
    });
  });
}
