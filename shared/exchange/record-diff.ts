// What differs between two versions of a record, for the side-by-side review: field paths with
// both values, so a raised 分值 or a unit dropped from an evaluation is visible at a glance.

type Json = unknown;

const shown = (value: Json): string => {
  const text = value === undefined ? '（无）' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

function walk(path: string, mine: Json, theirs: Json, out: string[], limit: number): void {
  if (out.length >= limit) return;
  if (mine && theirs && typeof mine === 'object' && typeof theirs === 'object' && Array.isArray(mine) === Array.isArray(theirs)) {
    const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter((key) => key !== 'meta');
    for (const key of keys)
      walk(path ? `${path}.${key}` : key, (mine as Record<string, Json>)[key], (theirs as Record<string, Json>)[key], out, limit);
    return;
  }
  if (JSON.stringify(mine) !== JSON.stringify(theirs)) out.push(`${path || '（整体）'}：${shown(mine)} → ${shown(theirs)}`);
}

/**
 * The differing fields of two versions of one record (revision left out), as lines
 * `indicators.3.maxPoints：300 → 3000`, at most `limit` of them, in field order. Empty when equal.
 */
export function describeDifferences(mine: Json, theirs: Json, limit = 8): string[] {
  const out: string[] = [];
  walk('', mine, theirs, out, limit);
  return out;
}
