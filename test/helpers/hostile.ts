/**
 * Adversarial text for property-based tests (fast-check), shared by every loader's tests: pieces that break
 * parsers (quotes, newlines, BOMs, control characters, YAML/Markdown/CSV syntax), pieces that would be markup or
 * code if interpolated (`<script>`, event handlers, `{}` JSX, `javascript:`), and random Unicode around them.
 * CSV and other content types reuse {@link hostileText} for their cells.
 */
import fc from "fast-check";

/** Fragments chosen to break something. */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  "<script>alert(1)</script>",
  "<ScRiPt>alert(1)</ScRiPt>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  "<a href=javascript:alert(1)>x</a>",
  '<svg onload="alert(1)"><script>alert(1)</script></svg>',
  '<iframe src="//evil.example"></iframe>',
  '<p style="color:red" onclick="alert(1)">x</p>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  "<!-- comment -->",
  "</title></textarea></script>",
  "javascript:alert(1)",
  " JaVaScRiPt\t:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "[link](javascript:alert(1))",
  "![x](javascript:alert(1))",
  "[x]: javascript:alert(1)",
  "{alert(1)}",
  "{",
  "}",
  "{/* comment */}",
  "{process.exit(1)}",
  "export const x = 1",
  'import x from "y"',
  "<Foo bar={1} />",
  "<>",
  "<",
  ">",
  "&",
  "&lt;script&gt;",
  "&#106;avascript:",
  '"',
  "'",
  "`",
  "```",
  "\\",
  "---",
  "...",
  ": ",
  "- ",
  "# ",
  "| a | b |\n| --- | --- |",
  "*",
  "_",
  "~",
  "%",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder as text is the point.
  "${x}",
  "\n",
  "\r\n",
  "\r",
  "\t",
  "\u0000",
  "\u0007",
  "\u001B",
  "\u007F",
  "\u0085",
  "\uFEFF",
  "\u200B",
  "\u202E",
  "\u2028",
  "\uFFFD",
  "\uD800",
  "①",
  "㈱",
  "ｶﾞｲﾄﾞ",
  "０３－００００－１２３４",
  "𠮷野家",
  "👨‍👩‍👧",
];

/** Text built from hostile fragments and random Unicode (including lone surrogates and control characters). */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
    ),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(""));

/** Multi-line text (bodies, cells with newlines). */
export const hostileLines: fc.Arbitrary<string> = fc.array(hostileText, { maxLength: 8 }).map((lines) => lines.join("\n"));
