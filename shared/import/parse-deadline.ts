// Reads a 完成时限 / 时间节点 phrase into a date, keeping the text as written.
import type { Deadline, IsoDate } from '../domain/types';
import { alternation, STANDING_TERMS as STANDING_WORDS } from '../text/lexicon';

const STANDING_TERMS = new RegExp(alternation(STANDING_WORDS));
/** A phrase that names a time: a year, month or day, 年底/年内, a quarter, or a standing term. */
const TIME_WORDS = /^(?:\d{4}\s*年|\d{1,2}\s*月|(?:今年|本年|明年)|年底|年内|年中|上半年|下半年|第?[一二三四]季度|\d{4}[-/.]\d{1,2})/;

/**
 * Parses a deadline phrase. Input: the phrase (e.g. "2021年年底前", "2023年6月", "8月底前",
 * "9月27日", "二季度", "10月上旬前", "明年6月底前", "持续推进") and the document's year for
 * phrases that omit it (今年/本年 too; 明年 is the year after). Output: the text (trimmed, inner
 * spaces removed) and the date it means: a month → its last day; 上旬/中旬 → the 10th/20th;
 * a quarter → its last day; 上半年/年中 → 06-30; 年底/下半年/年内 → 12-31; a full date → that day.
 * No date (null) for standing terms written first (持续推进, 长期坚持, 每年…), for a start rather
 * than an end (2026年9月1日起), and for what names no calendar date (春节前). A date followed by a
 * standing term (6月底前完成并长期坚持) keeps the date. Returns null for an empty phrase. Never
 * throws. Rules: docs/glossary.md (完成时限).
 */
export function parseDeadline(phrase: string, documentYear: number | null): Deadline | null {
  const text = phrase.replace(/\s+/g, '').replace(/[。；;，,]+$/, '');
  if (!text) return null;
  const standingFirst = STANDING_TERMS.test(text) && !TIME_WORDS.test(text.replace(/^(?:今年|本年|明年)/, '2000年'));
  const start = /(?:起|开始|以来)(?:实施|施行|执行)?$/.test(text) && !/前/.test(text);
  return { text, date: standingFirst || start ? null : dateOf(text, documentYear) };
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

const TIME_START = /\d{4}年|\d{1,2}月|今年|本年|明年|年底|年末|年内|年中|上半年|下半年|第?[一二三四1-4]季度/;
const QUARTERS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
const TEN_DAYS: Readonly<Record<string, number>> = { 上: 10, 中: 20 };

/** The year a phrase means: written (2026年; the last of 2026—2027年), 今年/本年 or none → the document's, 明年 → the next. */
function yearOf(phrase: string, documentYear: number | null): { year: number | null; rest: string } {
  // From the first time written (力争2026年6月底前; markup before it), and a span of years
  // (2026—2027年) ends in its last year.
  const first = TIME_START.exec(phrase);
  const text = (first ? phrase.slice(first.index) : phrase).replace(/^\d{4}年?[—–\-~至到](?=\d{4}年)/, '');
  const written = /^(\d{4})年/.exec(text);
  if (written) return { year: Number(written[1]), rest: text.slice(written[0].length) };
  const relative = /^(今年|本年|明年)/.exec(text);
  if (relative) return { year: documentYear === null ? null : documentYear + (relative[1] === '明年' ? 1 : 0), rest: text.slice(2) };
  return { year: documentYear, rest: text };
}

function dateOf(text: string, documentYear: number | null): IsoDate | null {
  const { year, rest } = yearOf(text, documentYear);
  if (year === null) return null;
  const day = /^(\d{1,2})月(\d{1,2})日/.exec(rest);
  if (day) return isoDate(year, Number(day[1]), Number(day[2]));
  const tenDays = /^(\d{1,2})月([上中下])旬/.exec(rest);
  if (tenDays)
    return TEN_DAYS[tenDays[2]!] ? isoDate(year, Number(tenDays[1]), TEN_DAYS[tenDays[2]!]!) : endOfMonth(year, Number(tenDays[1]));
  const month = /^(\d{1,2})月/.exec(rest);
  if (month) return endOfMonth(year, Number(month[1]));
  const quarter = /^第?([一二三四1-4])季度/.exec(rest);
  if (quarter) return endOfMonth(year, QUARTERS[quarter[1]!]! * 3);
  if (/^(?:上半年|年中)/.test(rest)) return isoDate(year, 6, 30);
  if (/^(?:年?底|年?末|年内|下半年|(?:内|前|以前)?$)/.test(rest)) return isoDate(year, 12, 31);
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
