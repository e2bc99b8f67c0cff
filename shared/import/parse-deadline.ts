// Reads a 完成时限 / 时间节点 phrase into a date, keeping the text as written.
import type { Deadline, IsoDate } from '../domain/types';
import { alternation, STANDING_TERMS as STANDING_WORDS } from '../text/lexicon';

const STANDING_TERMS = new RegExp(alternation(STANDING_WORDS));
/** A phrase that names a time: a year, month or day, 年底/年内, a quarter, or a standing term. */
const TIME_WORDS = /^(?:\d{4}\s*年|\d{1,2}\s*月|年底|年内|年中|上半年|下半年|第?[一二三四]季度|\d{4}[-/.]\d{1,2})/;

/**
 * Parses a deadline phrase. Input: the phrase (e.g. "2021年年底前", "2023年6月", "8月底前",
 * "9月27日", "持续推进") and the document's year for phrases that omit it. Output: the text
 * (trimmed, inner spaces removed) and the date it means: a month → its last day; 年底/年底前 →
 * 12-31; a full date → that day; standing terms (持续推进, 长期, 按省部署及时落实) → null.
 * Returns null for an empty phrase. Never throws. Rules: docs/glossary.md (完成时限).
 */
export function parseDeadline(phrase: string, documentYear: number | null): Deadline | null {
  const text = phrase.replace(/\s+/g, '').replace(/[。；;，,]+$/, '');
  if (!text) return null;
  return { text, date: STANDING_TERMS.test(text) ? null : dateOf(text, documentYear) };
}

/**
 * True when the phrase reads as a deadline (2023年6月底前, 9月27日, 年底前, 持续推进, 长期坚持):
 * it opens with a time or is a standing term, and is short (≤ 24 characters, no sentence mark).
 */
export function looksLikeDeadline(phrase: string): boolean {
  const text = phrase.replace(/\s+/g, '').replace(/[。；;，,]+$/, '');
  if (!text || text.length > 24 || /[。；;：:]/.test(text)) return false;
  return TIME_WORDS.test(text) || STANDING_TERMS.test(text);
}

function dateOf(text: string, documentYear: number | null): IsoDate | null {
  const full = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  if (full) return isoDate(Number(full[1]), Number(full[2]), Number(full[3]));
  const yearEnd = /(\d{4})年(?:年)?底/.exec(text);
  if (yearEnd) return isoDate(Number(yearEnd[1]), 12, 31);
  const month = /(\d{4})年(\d{1,2})月/.exec(text);
  if (month) return endOfMonth(Number(month[1]), Number(month[2]));
  const yearOnly = /(\d{4})年(?:内|前|以前)?$/.exec(text);
  if (yearOnly) return isoDate(Number(yearOnly[1]), 12, 31);
  if (documentYear === null) return null;
  if (/^(?:年底|年内)/.test(text)) return isoDate(documentYear, 12, 31);
  const dayOnly = /^(\d{1,2})月(\d{1,2})日/.exec(text);
  if (dayOnly) return isoDate(documentYear, Number(dayOnly[1]), Number(dayOnly[2]));
  const monthOnly = /^(\d{1,2})月(?:底|末)?/.exec(text);
  if (monthOnly) return endOfMonth(documentYear, Number(monthOnly[1]));
  return null;
}

function endOfMonth(year: number, month: number): IsoDate | null {
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDate(year, month, lastDay);
}

function isoDate(year: number, month: number, day: number): IsoDate | null {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
