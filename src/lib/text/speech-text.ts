/**
 * Text for the 読み上げ button (pure): the page's main text is cut into sentence-sized pieces, because browsers
 * stop long utterances part-way (Chromium after about 15 seconds) and pieces let the reading be stopped promptly.
 */

/**
 * Cuts text into pieces of at most `max` characters at sentence ends (。！？ and line breaks), then at 、 or
 * spaces when a sentence is longer; empty pieces are dropped.
 */
export function speechChunks(text: string, max = 120): string[] {
  const sentences = text
    .replace(/[ \t\u3000]+/g, " ")
    .split(/(?<=[。！？!?])|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const chunks: string[] = [];
  for (const sentence of sentences) {
    if (sentence.length <= max) {
      chunks.push(sentence);
      continue;
    }
    let rest = sentence;
    while (rest.length > max) {
      const window = rest.slice(0, max);
      const cut = Math.max(window.lastIndexOf("、"), window.lastIndexOf(" "), window.lastIndexOf("，"));
      const at = cut > max / 3 ? cut + 1 : max;
      chunks.push(rest.slice(0, at).trim());
      rest = rest.slice(at).trim();
    }
    if (rest) chunks.push(rest);
  }
  return chunks;
}
