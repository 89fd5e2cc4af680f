/**
 * The parts of a hast node that the site's rehype plugins read and write, kept here so that the plugins need no
 * dependency on @types/hast.
 */
export interface HastNode {
  /** "element", "text", "root", … */
  type: string;
  /** An element's tag name. */
  tagName?: string;
  /** A text node's text. */
  value?: string;
  /** An element's attributes (hast property names: className, href, …). */
  properties?: Record<string, unknown>;
  /** An element's or the root's children. */
  children?: HastNode[];
}
