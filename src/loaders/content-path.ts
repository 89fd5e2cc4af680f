/**
 * The one containment rule for every file the build reads from the content folder: its real path (symbolic links
 * resolved) must lie inside the content folder's real path. Content comes from people outside the office (a vendor,
 * a neighbouring town, a pull request) and builds run in CI whose logs are public, so a reference such as
 * `../../../etc/passwd`, `%2e%2e/`, `C:\…`, an absolute path or a symbolic link to `/home/…` must never put a byte of
 * the build machine's files into dist/ or the log. Every loader lists folders and reads files through this module;
 * messages quote the reference as written, never the outside file's content or where a link points.
 */
import { type Dirent, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { ContentError, type ContentIssue } from "../lib/content/content-issue.ts";
import { ROOT_IMAGES_PREFIX } from "../lib/markdown/remark-content-images.ts";

/** The message of every refused path (staff-facing). */
export const OUTSIDE_CONTENT_MESSAGE = "コンテンツフォルダの外のファイルは使えません";

/** The message of a content path that exists but is a folder (or a pipe, a device) instead of a file. */
export const NOT_A_FILE_MESSAGE = "ファイルではなくフォルダなどになっているため読めません";

const OUTSIDE_HINT =
  "画像や CSV などはコンテンツフォルダの中に置き、../images/ファイル名 のようにフォルダの中を指してください（フォルダの外を指すシンボリックリンクも使えません）";

/** Where a reference was written, for the located message. */
export interface ReferenceSite {
  /** File relative to the content folder. */
  file: string;
  /** 1-based line (or CSV row). */
  line?: number | undefined;
  /** Field or column name. */
  field?: string | undefined;
}

/** A path that passed the rule ({@link ContainedPath.absolute}) or the located issue that refuses it. */
export type ContainedPath = { absolute: string; issue?: undefined } | { absolute?: undefined; issue: ContentIssue };

/** The real path of a folder or file, or undefined when it does not exist (or cannot be resolved). */
function realOrUndefined(p: string): string | undefined {
  try {
    return realpathSync.native(p);
  } catch {
    return undefined;
  }
}

/** True when `inner` is `root` itself or lies below it (both absolute and already resolved). */
function within(root: string, inner: string): boolean {
  const rel = path.relative(root, inner);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/**
 * Decodes a reference as written into a path: percent-encoding (repeatedly, so `%252e` cannot hide `..`) and
 * Windows separators (`\` → `/`). Malformed percent-encoding is left as written.
 */
export function normaliseReference(reference: string): string {
  let text = reference.trim();
  for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(text); i++) {
    try {
      text = decodeURIComponent(text);
    } catch {
      break;
    }
  }
  return text.replace(/\\/g, "/");
}

/**
 * True when `absolute` lies inside the content folder after resolving symbolic links. A path that does not exist is
 * judged by its nearest existing ancestor (so `images/link-to-etc/missing.png` is outside too).
 * @param contentDir the content folder (as configured; resolved here)
 * @param absolute the path to test
 */
export function isInsideContent(contentDir: string, absolute: string): boolean {
  const root = path.resolve(contentDir);
  const target = path.resolve(absolute);
  if (!within(root, target)) return false;
  const realRoot = realOrUndefined(root) ?? root;
  let probe = target;
  for (;;) {
    const real = realOrUndefined(probe);
    if (real !== undefined) return within(realRoot, real);
    const parent = path.dirname(probe);
    if (parent === probe) return false;
    probe = parent;
  }
}

function outsideIssue(site: ReferenceSite, reference: string): ContentIssue {
  return {
    severity: "error",
    file: site.file,
    line: site.line,
    field: site.field,
    value: reference,
    message: OUTSIDE_CONTENT_MESSAGE,
    hint: OUTSIDE_HINT,
  };
}

/**
 * Resolves a reference written in a content file (an image in Markdown/MDX) against that file's folder, and applies
 * the containment rule. `/images/…` is the content folder's images/ folder. Other absolute paths (`/etc/x`, `C:/x`, `//server/x`) are taken as they are, so they are refused
 * unless they name a file inside the content folder.
 * @param contentDir the content folder
 * @param fromFile the absolute path of the file that contains the reference
 * @param reference the reference exactly as written (quoted in the message)
 * @param site where it was written
 */
export function resolveContentReference(
  contentDir: string,
  fromFile: string,
  reference: string,
  site: ReferenceSite,
): ContainedPath {
  const decoded = normaliseReference(reference);
  // `/images/x.png` (copied from a web page) means the content folder's images/x.png, as on the built site.
  if (decoded.startsWith(ROOT_IMAGES_PREFIX)) {
    const absolute = path.join(path.resolve(contentDir), decoded);
    return isInsideContent(contentDir, absolute) ? { absolute } : { issue: outsideIssue(site, reference) };
  }
  const windowsAbsolute = /^[a-z]:\//i.test(decoded) || decoded.startsWith("//");
  const absolute = windowsAbsolute
    ? decoded
    : path.isAbsolute(decoded)
      ? path.resolve(decoded)
      : path.resolve(path.dirname(fromFile), decoded);
  if (windowsAbsolute || !isInsideContent(contentDir, absolute)) return { issue: outsideIssue(site, reference) };
  return { absolute };
}

/**
 * Applies the containment rule to a file the build found by listing a folder (a pamphlet, a CSV, site.yaml). A path
 * that exists must also be a regular file: a folder named `site.yaml` would stop the check with an internal error,
 * and a named pipe would keep the build waiting for bytes forever.
 * @param contentDir the content folder
 * @param file the path relative to the content folder (quoted in the message)
 * @param maxBytes a larger file is an issue instead of a path to read (site.yaml and the other YAML files at the
 *   folder's root: {@link TEXT_FILE_MAX_BYTES})
 */
export function containedContentFile(contentDir: string, file: string, maxBytes = Number.POSITIVE_INFINITY): ContainedPath {
  const absolute = path.resolve(contentDir, file);
  if (!isInsideContent(contentDir, absolute)) return { issue: outsideIssue({ file }, file) };
  const stat = statSync(absolute, { throwIfNoEntry: false });
  if (stat && !stat.isFile()) {
    const issue: ContentIssue = {
      severity: "error",
      file,
      value: file,
      message: NOT_A_FILE_MESSAGE,
      hint: "同じ名前のフォルダ（またはファイル以外のもの）を別の名前にするか削除して、ファイルを置いてください",
    };
    return { issue };
  }
  if (stat && stat.size > maxBytes) return { issue: tooLargeIssue(file, stat.size, maxBytes) };
  return { absolute };
}

/**
 * Reads a content file as bytes after checking the containment rule (defence in depth for callers that listed the
 * folder themselves).
 * @throws ContentError when the file lies outside the content folder
 */
export function readContentBytes(contentDir: string, file: string): Buffer {
  const checked = containedContentFile(contentDir, file);
  if (checked.issue) throw new ContentError([checked.issue]);
  return readFileSync(checked.absolute);
}

/** {@link readContentBytes} as UTF-8 text. */
export function readContentText(contentDir: string, file: string): string {
  return readContentBytes(contentDir, file).toString("utf8");
}

/**
 * The largest Markdown/MDX or YAML file read, in bytes. The largest demo pamphlet is 10 KB; a 2 MB one (a book) is
 * checked in about 10 s, while a 25 MB file made one check take over a minute and 2.3 GB, for every build.
 */
export const TEXT_FILE_MAX_BYTES = 2 * 1024 * 1024;

/** The issue of a text file over its size cap, which is then not read. */
function tooLargeIssue(file: string, size: number, maxBytes: number): ContentIssue {
  // Rounded up, so a file just over the limit never reads as the limit itself.
  const mb = (bytes: number) => `${Math.ceil((bytes / 1024 / 1024) * 10) / 10} MB`;
  return {
    severity: "error",
    file,
    message: `ファイルが大きすぎるため読みません（${mb(size)}。上限は ${mb(maxBytes)} です）`,
    hint: "内容を複数のファイルに分けるか、要らない部分を削ってください。画像は images/ に別のファイルとして置きます",
  };
}

/**
 * Lists a file found in a folder, or its size issue. `size` is only read when there is a cap: a listing without one
 * (a CSV folder's) needs no stat per file.
 */
function pushUnlessTooLarge(listing: ContentListing, folder: string, name: string, size: () => number, maxBytes: number): void {
  const bytes = maxBytes === Number.POSITIVE_INFINITY ? 0 : size();
  if (bytes <= maxBytes) listing.names.push(name);
  else listing.issues.push(tooLargeIssue(`${folder}/${name}`, bytes, maxBytes));
}

/** The files of one content folder that passed the rule, and an issue for each entry that did not. */
export interface ContentListing {
  /** File names (not paths), sorted, each a regular file whose real path is inside the content folder. */
  names: string[];
  /** One located issue per entry (or folder) that points outside. */
  issues: ContentIssue[];
}

/**
 * Lists the files of `<contentDir>/<folder>` whose name passes `accept`. Symbolic links are followed only when they
 * stay inside the content folder; a link to a folder is never descended into; a link (or the folder itself) that
 * leads outside becomes an issue instead of a file. A missing folder is an empty listing.
 * @param contentDir the content folder
 * @param folder the sub-folder, relative ("pamphlets", "events")
 * @param accept which names to list (extension, drafts starting with `_`)
 * @param maxBytes a file larger than this becomes an issue instead of a name ({@link TEXT_FILE_MAX_BYTES})
 */
export function listContentFiles(
  contentDir: string,
  folder: string,
  accept: (name: string) => boolean,
  maxBytes = Number.POSITIVE_INFINITY,
): ContentListing {
  const dir = path.join(contentDir, folder);
  const listing: ContentListing = { names: [], issues: [] };
  try {
    lstatSync(dir);
  } catch {
    return listing;
  }
  if (!isInsideContent(contentDir, dir)) {
    listing.issues.push(outsideIssue({ file: `${folder}/` }, `${folder}/`));
    return listing;
  }
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return listing;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!accept(entry.name)) continue;
    if (entry.isFile()) {
      pushUnlessTooLarge(listing, folder, entry.name, () => statSync(path.join(dir, entry.name)).size, maxBytes);
      continue;
    }
    if (!entry.isSymbolicLink()) continue;
    const file = `${folder}/${entry.name}`;
    if (!isInsideContent(contentDir, path.join(dir, entry.name))) {
      listing.issues.push(outsideIssue({ file }, file));
      continue;
    }
    try {
      const target = statSync(path.join(dir, entry.name));
      if (target.isFile()) pushUnlessTooLarge(listing, folder, entry.name, () => target.size, maxBytes);
    } catch {
      // A dangling link inside the folder names nothing: there is nothing to read.
    }
  }
  return listing;
}
