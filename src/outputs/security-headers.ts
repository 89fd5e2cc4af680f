import { writeFileSync } from "node:fs";
import path from "node:path";
import type { StepLogger } from "../lib/content/logger.ts";
import { cspSourcesOf, headersFile } from "../lib/site/security-headers.ts";
import type { SiteConfig } from "../schemas/site.ts";

/**
 * Build step: writes `_headers` (Netlify / Cloudflare Pages) with the security headers into the output folder.
 * Other servers: see the nginx and Apache snippets in docs/ops/web-server.md.
 */
export function writeSecurityHeaders(outDir: string, config: SiteConfig, log: StepLogger): void {
  writeFileSync(path.join(outDir, "_headers"), headersFile(cspSourcesOf(config)));
  log.done("セキュリティヘッダーのファイル _headers を書きました");
}
