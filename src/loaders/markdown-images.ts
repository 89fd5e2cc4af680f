import { readFileSync, statSync } from "node:fs";
import type { Nodes } from "mdast";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { SVG_ACTIVE_CONTENT_LABELS, type SvgActiveContent, svgActiveContent } from "../lib/markdown/svg-safety.ts";
import { NOT_A_FILE_MESSAGE, resolveContentReference } from "./content-path.ts";
import { readFileHead } from "./file-head.ts";
import { parseMarkdownBody } from "./markdown-ast.ts";

/** An image referenced from Markdown/MDX. */
export interface ImageReference {
  /** The src as written. */
  src: string;
  /** The alt text (empty string when missing). */
  alt: string;
  /** 1-based line in the file. */
  line: number;
}

const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)/g;
const HTML_IMAGE = /<(?:img|Image)\b[^>]*?\bsrc=["']([^"']+)["'][^>]*>/g;

/**
 * Lists the images a Markdown body references: `![alt](src)`, `<img src alt>` / `<Image src alt>`, and
 * reference-style images (`![alt][id]` with `[id]: src` anywhere in the body), each with the src of its definition.
 * @param body the Markdown body
 * @param firstLine the line of the body's first line in the file
 */
export function findImageReferences(body: string, firstLine: number): ImageReference[] {
  const refs: ImageReference[] = referenceStyleImages(body, firstLine);
  body.split(/\r?\n/).forEach((text, i) => {
    for (const m of text.matchAll(MARKDOWN_IMAGE)) {
      refs.push({ src: m[2] ?? "", alt: (m[1] ?? "").trim(), line: firstLine + i });
    }
    for (const m of text.matchAll(HTML_IMAGE)) {
      const alt = /\balt=["']([^"']*)["']/.exec(m[0])?.[1] ?? "";
      refs.push({ src: m[1] ?? "", alt: alt.trim(), line: firstLine + i });
    }
  });
  return refs.sort((a, b) => a.line - b.line);
}

/**
 * The `![alt][id]` images of a body, read from its syntax tree: a definition may sit lines away from the image, so a
 * line pattern cannot tie the two together, and an image whose src is never checked could point anywhere. Parsed as
 * plain Markdown, which reads references the same way MDX does and never fails.
 */
function referenceStyleImages(body: string, firstLine: number): ImageReference[] {
  const { tree } = parseMarkdownBody(body, "md", "", firstLine);
  if (!tree) return [];
  const definitions = new Map<string, string>();
  const images: { identifier: string; alt: string; line: number }[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === "definition") definitions.set(node.identifier, node.url);
    if (node.type === "imageReference" && node.position) {
      images.push({ identifier: node.identifier, alt: (node.alt ?? "").trim(), line: node.position.start.line + firstLine - 1 });
    }
    if ("children" in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return images.flatMap(({ identifier, alt, line }) => {
    const src = definitions.get(identifier);
    return src === undefined ? [] : [{ src, alt, line }];
  });
}

/** Why an image file the containment rule let through cannot be used, or undefined when it can. */
function imageFileProblem(absolute: string): { message: string; hint: string } | undefined {
  const stat = statSync(absolute, { throwIfNoEntry: false });
  if (!stat) {
    return {
      message: "画像ファイルが見つかりません",
      hint: "画像はコンテンツフォルダの images/ に置き、パンフレットからは ../images/ファイル名 で指定してください",
    };
  }
  if (!stat.isFile()) {
    return {
      message: NOT_A_FILE_MESSAGE,
      hint: "画像のファイル名を指定してください（同じ名前のフォルダがあるときは名前を変えてください）",
    };
  }
  // An empty file passes every other check here and only fails when the build reads the image.
  if (stat.size === 0) {
    return {
      message: "画像ファイルが空です（0 バイト）",
      hint: "画像を保存し直すか、元のファイルをもう一度 images/ に置いてください",
    };
  }
  const active = activeSvg(absolute);
  if (!active) return undefined;
  return {
    message: `SVG 画像に${SVG_ACTIVE_CONTENT_LABELS[active]}が含まれているため使えません（公開すると、画像を開いた人のブラウザでプログラムが動くおそれがあります）`,
    hint: "作成したソフトで、スクリプトやリンク、イベントを含めない設定で SVG を書き出し直すか、PNG 形式で保存してください",
  };
}

/**
 * What an SVG image runs (svg-safety.ts), judged by its content: an .svg name or an `<svg` within the first bytes
 * (only those are read of another image).
 */
function activeSvg(absolute: string): SvgActiveContent | undefined {
  if (!/\.svg$/i.test(absolute) && !/<svg[\s>]/i.test(readFileHead(absolute, 4096).toString("utf8"))) return undefined;
  return svgActiveContent(readFileSync(absolute, "utf8"));
}

/**
 * Checks that local images lie inside the content folder (content-path.ts) and exist (relative to the Markdown file),
 * and that every image has alt text.
 * @param refs the references found in one file
 * @param absoluteFile the Markdown file's absolute path
 * @param file the file name for messages
 * @param contentDir the content folder: no image may come from outside it
 */
export function checkImageReferences(
  refs: ImageReference[],
  absoluteFile: string,
  file: string,
  contentDir: string,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const ref of refs) {
    const refused = (message: string, hint: string) =>
      issues.push({ severity: "error", file, line: ref.line, field: "画像", value: ref.src, message, hint });
    if (!/^(https?:)?\/\//.test(ref.src) && !ref.src.startsWith("data:")) {
      const target = resolveContentReference(contentDir, absoluteFile, ref.src, { file, line: ref.line, field: "画像" });
      if (target.issue) {
        issues.push(target.issue);
      } else {
        const problem = imageFileProblem(target.absolute);
        if (problem) refused(problem.message, problem.hint);
      }
    } else {
      refused(
        "外部のサイトの画像は使えません（ページを開いたときに外部へ通信が発生するため）",
        "画像ファイルを images/ に保存して ../images/ファイル名 で指定してください",
      );
    }
    if (!ref.alt) {
      refused(
        "画像に代替テキスト（説明文）がありません。目の不自由な方や画像が表示されない環境のために必要です",
        "![ここに画像の内容を書く](../images/ファイル名) のように、[ ] の中に説明を書いてください",
      );
    }
  }
  return issues;
}
