// Fingerprints: of a file's bytes (detects re-imports of the same file and seeds stable item ids),
// and of a document's content as read (recognises the same document re-saved by another program).
import type { ChecklistItem } from '../domain/types';

/**
 * SHA-256 of the bytes, as the first 16 hex digits (64 bits: collisions are negligible for
 * the documents one office imports). Uses Web Crypto, present in Node ≥ 20 and browsers.
 */
export async function fingerprintOf(bytes: Uint8Array): Promise<string> {
  return sha256Prefix(bytes);
}

async function sha256Prefix(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest.subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A text as compared across programs: Unicode NFKC (full-width letters and digits, compatibility
 * forms folded), every kind of white space and invisible format character removed, curly quotes
 * made straight. A spreadsheet or word processor that re-saves a file changes none of what is left.
 */
export function normaliseReading(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200f\u2060\ufeff]+/gu, '')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'");
}

/** The part of an item that identifies its content: kind, number, text, owners (as sets) and deadline text. */
export function itemContentKey(item: ChecklistItem): string {
  const units = (names: readonly string[]) => names.map(normaliseReading).sort().join('、');
  const owners = [units(item.leadUnits), units(item.responsibleUnits), units(item.supportingUnits), normaliseReading(item.owner ?? '')];
  return [
    item.kind,
    normaliseReading(item.number),
    normaliseReading(item.text),
    ...owners,
    normaliseReading(item.deadline?.text ?? ''),
  ].join('\u0001');
}

/**
 * The content fingerprint of a document as read: SHA-256 (16 hex digits) over its normalised
 * title and every item's content key in reading order, not over the file's bytes. Two files whose
 * reading is the same (a .docx re-saved, an exported checklist saved again by a spreadsheet
 * program) get the same fingerprint; any change to a title, number, text, owner or deadline
 * changes it.
 */
export async function contentFingerprintOf(document: { title: string; items: readonly ChecklistItem[] }): Promise<string> {
  const reading = [normaliseReading(document.title), ...document.items.map(itemContentKey)].join('\u0002');
  return sha256Prefix(new TextEncoder().encode(reading));
}
