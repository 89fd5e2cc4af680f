import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { svgActiveContent } from "../../src/lib/markdown/svg-safety.ts";

const open = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">';
const svg = (body: string, head = "") => `<?xml version="1.0"?>${head}${open}${body}</svg>`;

describe("svgActiveContent", () => {
  const active: [string, string, string][] = [
    ["a <script>", svg("<script>alert(1)</script>"), "script"],
    ["a CDATA script", svg("<script type='text/ecmascript'><![CDATA[alert(1)]]></script>"), "script"],
    ["an XHTML script by prefix", svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'), "script"],
    ["a script inside <title>", svg("<title><script>alert(1)</script></title>"), "script"],
    ["onload on the root", svg("").replace('height="10"', 'height="10" onload="alert(1)"'), "event-handler"],
    ["ONCLICK on a shape", svg('<rect ONCLICK="alert(1)" width="1" height="1"/>'), "event-handler"],
    ["a handler with a prefix", svg('<rect svg:onmouseover="alert(1)" width="1" height="1"/>'), "event-handler"],
    ["a javascript: link", svg('<a href="javascript:alert(1)"><rect width="1" height="1"/></a>'), "script-url"],
    [
      "an xlink:href with entities and tabs",
      svg('<a xlink:href="&#106;ava&#x09;script:alert(1)"><text>x</text></a>'),
      "script-url",
    ],
    [
      "an animation that sets a javascript: link",
      svg('<a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'),
      "script-url",
    ],
    ["animate values", svg('<a><animate attributeName="href" values="#;javascript:alert(1)"/></a>'), "script-url"],
    [
      "a data: HTML document",
      svg('<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"><text>x</text></a>'),
      "script-url",
    ],
    [
      "a foreignObject",
      svg('<foreignObject width="9" height="9"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'),
      "embedded-html",
    ],
    ["an iframe", svg('<iframe src="https://example.com/"></iframe>'), "embedded-html"],
    [
      "a script hidden in a declared entity",
      svg("<g>&x;</g>", '<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]>'),
      "script",
    ],
    [
      "a handler hidden in an entity of an entity",
      svg("<g>&a;</g>", `<!DOCTYPE svg [<!ENTITY b 'onload="alert(1)"'><!ENTITY a "<rect &b; width='1' height='1'/>">]>`),
      "event-handler",
    ],
  ];

  it.each(active)("%s: refused", (_, text, kind) => {
    expect(svgActiveContent(text)).toBe(kind);
  });

  const drawings: [string, string][] = [
    [
      "shapes, text, a gradient, a style",
      svg(
        '<style>.a{fill:red}</style><defs><linearGradient id="g"/></defs><rect class="a" width="1" height="1"/><text>onload= javascript</text>',
      ),
    ],
    ["an https link and a #fragment", svg('<a href="https://example.com/"><use href="#g"/></a>')],
    ["an embedded PNG", svg('<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>')],
    [
      "Illustrator's entities",
      svg("<g/>", '<!DOCTYPE svg [<!ENTITY ns_svg "http://www.w3.org/2000/svg">]>').replace(
        open,
        '<svg xmlns="&ns_svg;" width="1" height="1">',
      ),
    ],
    ["a comment that mentions <script>", svg("<!-- <script>alert(1)</script> -->")],
  ];

  it.each(drawings)("%s: accepted", (_, text) => {
    expect(svgActiveContent(text)).toBeUndefined();
  });

  it("accepts every SVG of the demo content", () => {
    const dir = path.join(import.meta.dirname, "../../content/images");
    const files = readdirSync(dir).filter((f) => f.endsWith(".svg"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(svgActiveContent(readFileSync(path.join(dir, file), "utf8")), file).toBeUndefined();
  });
});
