// What a reviewer should look at before saving an import: measures without owners, suspicious
// splits and merges, duplicates, and lines no item took.
import type { PolicyDocument } from '../domain/types';
import { compactText } from './source-lines';

export type ImportWarningKind = 'noOwner' | 'tooShort' | 'tooLong' | 'duplicate' | 'unparsed';

/** One point for the reviewer; `itemId` is null for an unparsed line. `line` is 1-based in the file. */
export type ImportWarning = { kind: ImportWarningKind; itemId: string | null; line: number; message: string };

/** Shorter than this (characters, spaces removed), a measure is probably a fragment of a split. */
export const SHORT_MEASURE_CHARS = 5;
/** Longer than this, a measure probably holds several that were not told apart. */
export const LONG_MEASURE_CHARS = 600;

/**
 * Lists the warnings of one parsed document, in file order. Input: the document as imported
 * (or as edited in review). Output: for each 改革举措 with no lead, responsible or supporting unit
 * and no 责任人 — 'noOwner'; text under SHORT_MEASURE_CHARS — 'tooShort'; over LONG_MEASURE_CHARS —
 * 'tooLong'; the same text as an earlier measure — 'duplicate'; and one 'unparsed' per unparsed line.
 */
export function importWarnings(document: PolicyDocument): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const seen = new Map<string, string>();
  for (const item of document.items) {
    if (item.kind !== 'measure') continue;
    const label = /^\d+$/.test(item.number) ? `第 ${item.number} 条` : item.number ? `第${item.number}条` : `“${item.title}”`;
    const text = compactText(item.text || item.title);
    const at = { itemId: item.id, line: item.source.line };
    if (item.leadUnits.length + item.responsibleUnits.length + item.supportingUnits.length === 0 && !item.owner) warnings.push({ kind: 'noOwner', ...at, message: `${label}未识别出责任单位` });
    if (text.length < SHORT_MEASURE_CHARS) warnings.push({ kind: 'tooShort', ...at, message: `${label}只有 ${text.length} 个字，可能是拆分不当` });
    if (text.length > LONG_MEASURE_CHARS) warnings.push({ kind: 'tooLong', ...at, message: `${label}长达 ${text.length} 字，可能包含多条措施` });
    const earlier = seen.get(text);
    if (earlier !== undefined) warnings.push({ kind: 'duplicate', ...at, message: `${label}与${earlier}内容相同` });
    else seen.set(text, label);
  }
  for (const line of document.unparsedLines) warnings.push({ kind: 'unparsed', itemId: null, line: line.line, message: `第 ${line.line} 行未解析：${line.text.length > 40 ? `${line.text.slice(0, 40)}…` : line.text}` });
  return warnings.sort((a, b) => a.line - b.line);
}
