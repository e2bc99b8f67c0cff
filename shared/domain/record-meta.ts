// Revisions of exchanged records: who changed a record, when, and which earlier versions it
// descends from — so a merge can tell "changed on one side" from "changed on both".

/** A record's revision. `hash` identifies its content; `ancestors` are earlier hashes, newest first. */
export type RecordMeta = {
  rev: number;
  hash: string;
  ancestors: string[];
  changedBy: string;
  changedAt: string;
};

export type Versioned = { id: string; meta?: RecordMeta };

/** How many earlier versions a record remembers (enough for any office round trip). */
const ANCESTRY = 64;

/** Canonical JSON: object keys sorted, `meta` left out, so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key, entry]) => key !== 'meta' && entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * A 53-bit content hash (cyrb53) of the record's canonical JSON, as 14 hex digits. Detects
 * changes; it is not a security measure (package entries carry SHA-256 for that).
 */
export function contentHash(record: unknown): string {
  const text = canonicalJson(record);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The meta a record has, or the meta it implies when it has none yet (revision 0). */
export function metaOf<T extends Versioned>(record: T): RecordMeta {
  return record.meta ?? { rev: 0, hash: contentHash(record), ancestors: [], changedBy: '', changedAt: '' };
}

/**
 * Stamps a new revision on a changed record. Input: the record's new content, the previous
 * version (or undefined for a new record), who and when. Output: the record with meta; if the
 * content did not change, the previous meta is kept (no new revision).
 */
export function revise<T extends Versioned>(record: T, previous: T | undefined, changedBy: string, changedAt: string): T {
  const hash = contentHash(record);
  const before = previous ? metaOf(previous) : undefined;
  if (before && before.hash === hash) return { ...record, meta: before };
  const ancestors = before ? [before.hash, ...before.ancestors].slice(0, ANCESTRY) : [];
  return { ...record, meta: { rev: (before?.rev ?? 0) + 1, hash, ancestors, changedBy, changedAt } };
}
