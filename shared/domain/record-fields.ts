// The zod building blocks every stored or exchanged record is checked with: identifiers, names,
// texts, points, measured values and dates, each bounded. The rule model's schema and the package
// tables' schemas are made of these, so a bound is stated once.
import { z } from 'zod';

/** Longest text a record may hold in one field, in characters (Excel's cell limit, 32,767, with room for a prefix). */
export const TEXT_LIMIT = 32_000;
/** Longest name (a unit, a person, a label shown in one line), in characters. */
export const NAME_LIMIT = 200;
/** Largest amount of points a record may hold either way, in hundredths (100,000 points). */
export const POINTS_LIMIT = 10_000_000;
/** Largest measured value either way (a percentage, a count of days, an amount of money as written). */
export const MEASURE_LIMIT = 1e15;
/** Most entries of one list in a record (indicators of a system, units of an evaluation, items of a rule). */
export const LIST_LIMIT = 10_000;

/** A record's id: 1–300 characters. */
export const idField = z.string().min(1).max(300);
/** A name: at most NAME_LIMIT characters. */
export const nameField = z.string().max(NAME_LIMIT);
/** A text: at most TEXT_LIMIT characters. */
export const textField = z.string().max(TEXT_LIMIT);
/** Points in integer hundredths (0.5分 = 50), within ±POINTS_LIMIT. */
export const pointsField = z.number().int().min(-POINTS_LIMIT).max(POINTS_LIMIT);
/** A measured value as written (65 for 65%): finite, within ±MEASURE_LIMIT. */
export const measureField = z.number().min(-MEASURE_LIMIT).max(MEASURE_LIMIT);
/** A count (of ranks, of units): a whole number from 0 to LIST_LIMIT. */
export const countField = z.number().int().min(0).max(LIST_LIMIT);

/** YYYY-MM-DD, optionally followed by a time of day and a zone (ISO 8601 as `toISOString` writes it). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True when `text` is an ISO date or date-time naming a real day (2026-02-30 is not). */
function isIsoDate(text: string): boolean {
  if (!ISO_DATE_TIME.test(text)) return false;
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO date (YYYY-MM-DD) or date-time (2026-11-30T08:00:00.000Z). */
export const isoDateField = z.string().max(40).refine(isIsoDate, { message: '应为日期（如 2026-11-30 或 2026-11-30T08:00:00Z）' });
