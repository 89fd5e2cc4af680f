import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { verifyProvenance } from "../../src/outputs/verify-provenance.ts";
import { copyFixture, projectRoot } from "../helpers/fixture-site.ts";

/** A copied fixture content folder and a dist/ shaped like Astro's output for it. */
let dir: string;
let dist: string;
let content: string;

beforeEach(() => {
  dir = copyFixture("minimal");
  content = path.join(dir, "content");
  dist = path.join(dir, "dist");
  mkdirSync(path.join(dist, "_astro"), { recursive: true });
  mkdirSync(path.join(dist, "og"), { recursive: true });
  writeFileSync(path.join(dist, "index.html"), "<!doctype html>");
  writeFileSync(path.join(dist, "_astro", "BaseLayout.CDzJBD9x.css"), "body{}");
  writeFileSync(path.join(dist, "og", "site.png"), "png");
  writeFileSync(path.join(dist, "_headers"), "/*");
  copyFileSync(path.join(content, "images/house.svg"), path.join(dist, "_astro", "house.3i2demks.svg"));
  copyFileSync(path.join(content, "images/house.svg"), path.join(dist, "_astro", "house.3i2demks_Z21xmJ2.svg"));
  copyFileSync(
    path.join(projectRoot, "node_modules/leaflet/dist/images/layers.png"),
    path.join(dist, "_astro", "layers.BWBAp2CZ.png"),
  );
});

const sources = () => ({ contentDir: content, projectRoot });

describe("verifyProvenance", () => {
  it("accepts a site whose every file comes from the content folder, the project or the generator", () => {
    expect(verifyProvenance(dist, sources())).toEqual([]);
  });

  it("refuses an image named after no source (a file from outside the content folder)", () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), "outside-"));
    writeFileSync(path.join(outside, "secret.svg"), "<svg>secret</svg>");
    copyFileSync(path.join(outside, "secret.svg"), path.join(dist, "_astro", "secret.Ab12Cd34.svg"));
    expect(verifyProvenance(dist, sources())).toEqual([
      expect.objectContaining({ page: "_astro/secret.Ab12Cd34.svg", message: expect.stringContaining("出どころ") }),
    ]);
  });

  it("refuses a copy that carries a content image's name but other bytes", () => {
    writeFileSync(path.join(dist, "_astro", "house.Zz99Zz99.svg"), "<svg>not the content file</svg>");
    expect(verifyProvenance(dist, sources()).map((p) => p.page)).toEqual(["_astro/house.Zz99Zz99.svg"]);
  });

  it("refuses a symbolic link and a file of a type the generator never writes", () => {
    symlinkSync("/etc/hostname", path.join(dist, "hostname.html"));
    writeFileSync(path.join(dist, "passwd"), "root:x:0:0");
    expect(verifyProvenance(dist, sources()).map((p) => p.page)).toEqual(["hostname.html", "passwd"]);
  });
});
