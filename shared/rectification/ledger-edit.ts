// Editing a rectification in the ledger: each of 问题描述, 整改目标, 整改措施, 责任单位, 责任人 and
// 完成时限 can change; every change is kept in the item's history (who, when, old → new), and a
// typed deadline is checked before it is stored.
import type { EditableRectificationField, FieldEdit, Rectification } from '../domain/rectification';
import { RECTIFICATION_FIELD_LABELS } from '../domain/rectification';
import type { Deadline } from '../domain/types';

/** What an edit may change; fields left out stay as they are. */
export type RectificationChanges = Partial<
  Pick<Rectification, 'problem' | 'target' | 'measures' | 'responsibleUnits' | 'owner' | 'deadline'>
>;

/** A date written as 2026-12-31, 2026/12/31, 2026.12.31 or 2026年12月31日, with an optional 前 / 之前. */
const TYPED_DATE = /^(\d{4})\s*(?:[-/.．]|年)\s*(\d{1,2})\s*(?:[-/.．]|月)\s*(\d{1,2})\s*日?\s*(?:之?前)?$/;

/** An ISO date (YYYY-MM-DD) from its parts, or null when the day does not exist. */
function isoDate(year: number, month: number, day: number): string | null {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a 完成时限 as typed in the ledger. Input: the text. Output: null for blank text; a deadline
 * with its date for a full date (2026-12-31, 2026年12月31日前 …; the text keeps the user's
 * words); a deadline without date for words without digits (长期, 持续推进). Throws Error (zh-CN)
 * for text with digits that is not a full, existing date (2026-13-01, 2026年2月30日, 12月底).
 */
export function parseTypedDeadline(text: string): Deadline | null {
  const typed = text.trim();
  if (!typed) return null;
  const match = TYPED_DATE.exec(typed);
  if (match) {
    const date = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (date) return { text: typed, date };
    throw new Error(`完成时限“${typed}”不是存在的日期，请检查年月日。`);
  }
  if (/[0-9０-９]/.test(typed))
    throw new Error(`完成时限“${typed}”无法识别为日期，请写成 2026-12-31 或 2026年12月31日；没有具体日期的可写“长期”。`);
  return { text: typed, date: null };
}

/** A field's value as the history shows it. */
function shown(field: EditableRectificationField, rectification: RectificationChanges): string {
  if (field === 'responsibleUnits') return (rectification.responsibleUnits ?? []).join('、');
  if (field === 'deadline') return rectification.deadline?.text ?? '';
  return rectification[field] ?? '';
}

const FIELDS = Object.keys(RECTIFICATION_FIELD_LABELS) as EditableRectificationField[];

/**
 * Applies an edit. Input: the rectification, the changed fields, who and when (ISO date-time).
 * Output: the rectification with the new values and one history entry per field whose value
 * changed (text compared, so re-saving an unchanged value records nothing); the same object when
 * nothing changed. Texts are trimmed, 责任单位 de-duplicated. Throws Error (zh-CN) for a closed
 * (已销号) item or an empty 问题描述.
 */
export function editRectification(rectification: Rectification, changes: RectificationChanges, by: string, at: string): Rectification {
  const next: RectificationChanges = {
    ...(changes.problem !== undefined ? { problem: changes.problem.trim() } : {}),
    ...(changes.target !== undefined ? { target: changes.target.trim() } : {}),
    ...(changes.measures !== undefined ? { measures: changes.measures.trim() } : {}),
    ...(changes.owner !== undefined ? { owner: changes.owner.trim() } : {}),
    ...(changes.responsibleUnits !== undefined
      ? { responsibleUnits: [...new Set(changes.responsibleUnits.map((unit) => unit.trim()).filter(Boolean))] }
      : {}),
    ...('deadline' in changes ? { deadline: changes.deadline ?? null } : {}),
  };
  const edits: FieldEdit[] = FIELDS.filter((field) => field in next && shown(field, next) !== shown(field, rectification)).map((field) => ({
    field,
    from: shown(field, rectification),
    to: shown(field, next),
    by,
    at,
  }));
  if (edits.length === 0) return rectification;
  if (rectification.status === 'closed') throw new Error('已销号的整改事项不能再修改。');
  if (next.problem !== undefined && !next.problem) throw new Error('问题描述不能为空。');
  const changed = Object.fromEntries(edits.map(({ field }) => [field, next[field]]));
  return { ...rectification, ...changed, edits: [...(rectification.edits ?? []), ...edits] };
}
