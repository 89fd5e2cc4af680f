/**
 * The Open Graph image of a page (1200×630 PNG): what LINE, Facebook and other apps show when residents share a
 * link. Laid out by satori (text as outlines, from the print typeface) and rasterised by resvg; no browser.
 */
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { PRINT_FAMILY, type PrintFonts } from "../print/fonts.ts";
import { COLOR, h, type PrintElement } from "../print/theme.ts";

/** Size of Open Graph images in pixels (the size LINE and Facebook recommend). */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/** What an OG image shows (plain data). */
export interface OgInput {
  /** The page title, e.g. 在宅医療とは. */
  title: string;
  /** The section label above the title (パンフレット), or none. */
  kicker?: string | undefined;
  /** The site name shown above the title (empty on the home page, whose title it is). */
  siteTitle: string;
  /** The municipality, e.g. 東京都架空市. */
  municipality: string;
}

/** Title size that keeps long titles within three lines. */
function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 12) return 84;
  if (length <= 20) return 72;
  if (length <= 32) return 60;
  return 50;
}

/** The OG image layout. */
export function ogElement(input: OgInput): PrintElement {
  return h(
    "div",
    {
      display: "flex",
      flexDirection: "row",
      width: OG_SIZE.width,
      height: OG_SIZE.height,
      backgroundColor: "#ffffff",
      fontFamily: PRINT_FAMILY,
      color: COLOR.text,
    },
    h("div", { display: "flex", width: 28, height: OG_SIZE.height, backgroundColor: COLOR.accent }),
    h(
      "div",
      { display: "flex", flexDirection: "column", justifyContent: "space-between", flexGrow: 1, padding: "56px 72px 52px 64px" },
      h("div", { display: "block", fontSize: 34, fontWeight: 700, color: COLOR.accent, minHeight: 40 }, input.siteTitle),
      h(
        "div",
        { display: "flex", flexDirection: "column" },
        input.kicker
          ? h(
              "div",
              {
                display: "flex",
                alignSelf: "flex-start",
                fontSize: 30,
                fontWeight: 700,
                color: "#ffffff",
                backgroundColor: COLOR.accent,
                padding: "4px 18px",
                borderRadius: 8,
                marginBottom: 20,
              },
              input.kicker,
            )
          : null,
        h(
          "div",
          {
            display: "block",
            fontSize: titleSize(input.title),
            fontWeight: 700,
            lineHeight: 1.3,
            maxHeight: titleSize(input.title) * 1.3 * 3,
            overflow: "hidden",
          },
          input.title,
        ),
      ),
      h(
        "div",
        { display: "flex", flexDirection: "row", alignItems: "center", borderTop: `3px solid ${COLOR.accent}`, paddingTop: 20 },
        h("div", { display: "block", fontSize: 36, fontWeight: 700 }, input.municipality),
      ),
    ),
  );
}

/** Renders the OG image PNG (same input, same bytes). */
export async function renderOgImage(input: OgInput, fonts: PrintFonts): Promise<Buffer> {
  const svg = await satori(ogElement(input) as unknown as Parameters<typeof satori>[0], {
    width: OG_SIZE.width,
    height: OG_SIZE.height,
    fonts: fonts.satori,
  });
  return Buffer.from(new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render().asPng());
}
