// Text similarity for Chinese policy phrases: character bigrams, punctuation and spaces ignored.

const IGNORED = /[\s\u3000，。、；：！？“”‘’（）《》〔〕【】,.;:!?"'()[\]<>—…·]/g;

/** The phrase with spaces and punctuation removed. */
export function normaliseForMatch(text: string): string {
  return text.replace(IGNORED, '');
}

/** Character bigrams of a normalised phrase (a one-character phrase is its own bigram). */
export function bigramsOf(text: string): Set<string> {
  const normal = normaliseForMatch(text);
  const grams = new Set<string>();
  if (normal.length === 1) grams.add(normal);
  for (let i = 0; i + 1 < normal.length; i++) grams.add(normal.slice(i, i + 2));
  return grams;
}

/**
 * Share of `needle`'s bigrams found in `haystack` (0…1): 1 when the needle's text is contained
 * in the haystack, high when it differs by a word or two (由一年一次 / 一年一次).
 */
export function coverage(needle: Set<string>, haystack: Set<string>): number {
  if (needle.size === 0) return 0;
  let found = 0;
  for (const gram of needle) if (haystack.has(gram)) found++;
  return found / needle.size;
}
