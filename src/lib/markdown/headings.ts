/** A heading of a rendered Markdown page (Astro's MarkdownHeading shape). */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** An h2 section with its h3 sub-sections. */
export interface HeadingSection extends Heading {
  children: Heading[];
}

/**
 * Nests h3 headings under the preceding h2 for a table of contents; other depths are left out
 * (h1 is the page title; h4+ would make the list too long for residents).
 */
export function nestHeadings(headings: readonly Heading[]): HeadingSection[] {
  const sections: HeadingSection[] = [];
  for (const h of headings) {
    if (h.depth === 2) sections.push({ ...h, children: [] });
    else if (h.depth === 3) sections.at(-1)?.children.push(h);
  }
  return sections;
}
