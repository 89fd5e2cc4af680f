import { describe, expect, it } from "vitest";
import type { RenderJob } from "../../src/outputs/render-jobs.ts";
import { createRenderPool } from "../../src/outputs/render-pool.ts";

/** A job the worker cannot do (no such template): it answers with an error. */
const badJob = { kind: "pdf", template: "no-such-template", input: {}, font: "biz-udp" } as unknown as RenderJob;

describe("render pool", () => {
  it("closing rejects the jobs not answered yet and every later job, so a stopped build renders nothing more", async () => {
    const pool = createRenderPool(1);
    const pending = pool.run(badJob);
    const closed = pool.close();
    await expect(pending).rejects.toThrow("描画を中止しました");
    await closed;
    await expect(pool.run(badJob)).rejects.toThrow("描画を中止しました");
  }, 60_000);

  it("a worker's error reaches the job's caller", async () => {
    const pool = createRenderPool(1);
    try {
      await expect(pool.run(badJob)).rejects.toThrow();
    } finally {
      await pool.close();
    }
  }, 60_000);
});
