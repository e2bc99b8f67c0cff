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

/** Many phrases' bigrams numbered, and for each bigram the phrases (by position) that hold it. */
export type PhraseIndex = { ids: Map<string, number>; holders: number[][]; counts: Uint16Array };

/**
 * Indexes phrases for bestCovering. `only`, when given, holds every bigram the needles will have:
 * other bigrams can never be looked up and are left out (a smaller, faster index).
 */
export function indexPhrases(texts: string[], only?: ReadonlySet<string>): PhraseIndex {
  const ids = new Map<string, number>();
  const holders: number[][] = [];
  texts.forEach((text, position) => {
    for (const gram of bigramsOf(text)) {
      if (only && !only.has(gram)) continue;
      let id = ids.get(gram);
      if (id === undefined) {
        id = ids.size;
        ids.set(gram, id);
        holders.push([]);
      }
      holders[id]!.push(position);
    }
  });
  return { ids, holders, counts: new Uint16Array(texts.length) };
}

/**
 * The phrase that covers most of `needle` (see coverage), at least `threshold` (0 < t ≤ 1); the
 * first in order on a tie; null when none reaches it. Equal to scoring every phrase with
 * coverage(), but counted through the index: each of the needle's bigrams adds one to the phrases
 * that hold it, so the work is the length of those lists, not phrases × bigrams. Keeps a 1 MB
 * document's annex matching fast (import.1mb_ms).
 */
export function bestCovering(needle: Set<string>, index: PhraseIndex, threshold: number): { index: number; score: number } | null {
  if (needle.size === 0) return null;
  const counts = index.counts; // all zero between calls
  const touched: number[] = [];
  for (const gram of needle) {
    const id = index.ids.get(gram);
    if (id === undefined) continue;
    for (const position of index.holders[id]!) {
      if (counts[position] === 0) touched.push(position);
      counts[position] = counts[position]! + 1;
    }
  }
  let best: { index: number; score: number } | null = null;
  for (const position of touched) {
    const score = counts[position]! / needle.size;
    if (score >= threshold && (!best || score > best.score || (score === best.score && position < best.index)))
      best = { index: position, score };
  }
  for (const position of touched) counts[position] = 0;
  return best;
}
