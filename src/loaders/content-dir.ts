import path from "node:path";

/**
 * The content folder: `CONTENT_DIR` (absolute, or relative to the current directory), default `./content`.
 * One checkout can build several municipalities, and tests build fixture folders.
 */
export function contentDir(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): string {
  return path.resolve(cwd, env["CONTENT_DIR"]?.trim() || "content");
}
