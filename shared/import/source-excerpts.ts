// The text an item was read from, as it stands in the file, so that a reviewer can see the
// original beside what the parser made of it.
import type { ChecklistItem } from '../domain/types';

/** Longest excerpt kept per item, in characters. */
export const EXCERPT_MAX_CHARS = 3000;

/**
 * Sets `source.excerpt` on every item. Input: the items (source lines 1-based within `text`), the
 * document's text as extracted, and further lines where an excerpt must stop (annex start, closing
 * remarks, 版记). Output: none; each excerpt runs from the item's line up to the next item's line
 * or stop, trailing blank lines and rules trimmed, at most EXCERPT_MAX_CHARS characters.
 */
export function attachExcerpts(items: ChecklistItem[], text: string, stops: Array<number | undefined>): void {
  const raw = text.split(/\r\n|\r|\n/);
  const starts = [...new Set([...items.map((item) => item.source.line), ...stops.filter((line) => line !== undefined)])].sort(
    (a, b) => a - b,
  );
  const nextStart = new Map(starts.map((line, index) => [line, starts[index + 1] ?? raw.length + 1]));
  for (const item of items) {
    const end = nextStart.get(item.source.line) ?? item.source.line + 1;
    item.source.excerpt = raw
      .slice(item.source.line - 1, end - 1)
      .join('\n')
      // Blank lines and rules (---) left before the next item.
      .replace(/(?:\n[\s\-*_]*)+$/, '')
      .trim()
      .slice(0, EXCERPT_MAX_CHARS);
  }
}
