/** The first bytes of a file, for the loaders that judge a file by its start (a CSV's encoding, an image that is an SVG). */
import { closeSync, openSync, readSync } from "node:fs";

/**
 * Reads at most `bytes` bytes from the start of a file, without reading the rest (a photo can be megabytes).
 * @returns the bytes read (fewer for a shorter file)
 */
export function readFileHead(absolute: string, bytes: number): Buffer {
  const head = Buffer.alloc(bytes);
  const fd = openSync(absolute, "r");
  try {
    return head.subarray(0, readSync(fd, head, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}
