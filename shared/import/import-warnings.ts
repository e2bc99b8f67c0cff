// What a reviewer should look at before saving an import: measures without owners, suspicious
// splits and merges, duplicates, lines no item took — and what looks wrong in what was read: unit
// names cut mid-name or holding a label or sentence, deadlines that are not a time, a title that is
// the issuer's name, a measure ending in an owner list nobody read, markup left from a web page,
// and owners or deadlines the reader inferred (a convention, a continuation, a guess).
import type { ChecklistItem, PolicyDocument, ReadingSource } from '../domain/types';
import { compactText } from '../read/source-lines';
import { looksLikeDeadline } from './parse-deadline';
import { endsWithRoleWord, parseUnitRoles } from './parse-units';
import { hasUnitEnding, hasUnitStart, unitNameProblem } from './unit-names';

export type ImportWarningKind =
  | 'noOwner'
  | 'tooShort'
  | 'tooLong'
  | 'duplicate'
  | 'unparsed'
  | 'unitName'
  | 'deadlineText'
  | 'titleIsIssuer'
  | 'ownerTail'
  | 'markup'
  | 'inferred';

/** One point for the reviewer; `itemId` is null for an unparsed line or the document's head. `line` is 1-based in the file. */
export type ImportWarning = { kind: ImportWarningKind; itemId: string | null; line: number; message: string };

/** Shorter than this (characters, spaces removed), a measure is probably a fragment of a split. */
export const SHORT_MEASURE_CHARS = 5;
/** Longer than this, a measure probably holds several that were not told apart. */
export const LONG_MEASURE_CHARS = 600;

/** HTML tags, entities, Word bookmarks and addresses left in text copied from a web page. */
const MARKUP = /<\/?[a-zA-Z][^<>]{0,80}>|&(?:nbsp|amp|lt|gt|quot|apos|#\d{1,6}|#x[0-9a-fA-F]{1,6});|\[bookmark[^\]]*\]|\bhttps?:\/\//;

const READING_WORDS: Record<ReadingSource, string> = {
  convention: '按文件说明推定',
  continuation: '由跨页或空行后的续行拼接',
  guess: '由括号中的单位名推定（无“牵头”“负责”等字样）',
};

/**
 * Lists the warnings of one parsed document, in file order. Input: the document as imported
 * (or as edited in review). Output, per 改革举措: 'noOwner' (no unit and no 责任人), 'tooShort'
 * (under SHORT_MEASURE_CHARS), 'tooLong' (over LONG_MEASURE_CHARS), 'duplicate' (same text as an
 * earlier measure), 'unitName' (per unit name cut mid-name or holding a label, punctuation, date or
 * sentence), 'deadlineText' (a deadline that names no time), 'ownerTail' (text ending in a unit list
 * or role phrase outside brackets), 'markup' (HTML tags, entities, bookmarks, addresses in any field
 * of any item), 'inferred' (owners or deadline from a convention, continuation or guess); for the
 * document: 'titleIsIssuer' and one 'unparsed' per unparsed line.
 */
export function importWarnings(document: PolicyDocument): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const seen = new Map<string, string>();
  if (document.issuer && compactText(document.title) === compactText(document.issuer)) {
    warnings.push({
      kind: 'titleIsIssuer',
      itemId: null,
      line: 1,
      message: `文件标题“${document.title}”与发文机关相同，可能把发文机关当成了标题`,
    });
  }
  for (const item of document.items) {
    const label = labelOf(item);
    const at = { itemId: item.id, line: item.source.line };
    const markup = [item.title, item.text, item.deadline?.text ?? '', ...unitsOf(item)]
      .map((field) => MARKUP.exec(field)?.[0])
      .find(Boolean);
    if (markup) warnings.push({ kind: 'markup', ...at, message: `${label}含有网页或排版残留“${markup}”` });
    if (item.kind !== 'measure') continue;
    const text = compactText(item.text || item.title);
    if (unitsOf(item).length === 0 && !item.owner) warnings.push({ kind: 'noOwner', ...at, message: `${label}未识别出责任单位` });
    if (text.length < SHORT_MEASURE_CHARS)
      warnings.push({ kind: 'tooShort', ...at, message: `${label}只有 ${text.length} 个字，可能是拆分不当` });
    if (text.length > LONG_MEASURE_CHARS)
      warnings.push({ kind: 'tooLong', ...at, message: `${label}长达 ${text.length} 字，可能包含多条措施` });
    const earlier = seen.get(text);
    if (earlier !== undefined) warnings.push({ kind: 'duplicate', ...at, message: `${label}与${earlier}内容相同` });
    else seen.set(text, label);
    for (const name of unitsOf(item)) {
      const problem = unitNameProblem(name);
      if (problem) warnings.push({ kind: 'unitName', ...at, message: `${label}的责任单位“${shorten(name)}”${problem}` });
    }
    if (item.deadline && item.deadline.date === null && !looksLikeDeadline(item.deadline.text))
      warnings.push({ kind: 'deadlineText', ...at, message: `${label}的完成时限“${shorten(item.deadline.text)}”不像时间` });
    const tail = ownerTail(item.text);
    if (tail && !readFrom(tail, unitsOf(item)))
      warnings.push({ kind: 'ownerTail', ...at, message: `${label}的正文以“${shorten(tail)}”结尾，像是未识别的责任单位` });
    for (const [field, source] of Object.entries(item.readAs ?? {})) {
      if (source)
        warnings.push({
          kind: 'inferred',
          ...at,
          message: `${label}的${field === 'owners' ? '责任单位' : '完成时限'}${READING_WORDS[source]}，请确认`,
        });
    }
  }
  for (const line of document.unparsedLines)
    warnings.push({ kind: 'unparsed', itemId: null, line: line.line, message: `第 ${line.line} 行未解析：${shorten(line.text)}` });
  return warnings.sort((a, b) => a.line - b.line);
}

function labelOf(item: ChecklistItem): string {
  return /^\d+$/.test(item.number) ? `第 ${item.number} 条` : item.number ? `第${item.number}条` : `“${shorten(item.title, 20)}”`;
}

function unitsOf(item: ChecklistItem): string[] {
  return [...item.leadUnits, ...item.responsibleUnits, ...item.supportingUnits];
}

function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * The end of a measure's text when it reads as owners nobody took — the last clause (after the last
 * 。；，) outside brackets being a list of units (市发改委、市财政局 / …、市) or a role phrase (市商务局牵头).
 * Null otherwise, and for owners in a closing bracket (the reader takes those).
 */
/** True when every unit the tail names is among the item's owners (the tail was read). */
function readFrom(tail: string, owners: readonly string[]): boolean {
  const roles = parseUnitRoles(tail.replace(/^(?:并|均|统一)?由/, ''));
  const named = [...roles.leadUnits, ...roles.responsibleUnits, ...roles.supportingUnits];
  return named.length > 0 && named.every((name) => owners.includes(name));
}

export function ownerTail(text: string): string | null {
  const trimmed = text.replace(/[\s。；;]+$/, '');
  if (/[）)〕\]】]$/.test(trimmed)) return null;
  const clause = trimmed.split(/[。；;，,：:\n]/).at(-1) ?? '';
  if (clause.length < 2 || clause.length > 60) return null;
  const names = clause.replace(/(?:牵头|负责|配合|参与|协办)$/, '').split('、');
  if (!hasUnitStart(names[0]!)) return null;
  if (names.length === 1) return endsWithRoleWord(clause) && hasUnitEnding(names[0]!) ? clause : null;
  // Every name a unit, but the last may be a fragment cut at a page break (…、市).
  const whole = names.slice(0, -1).every((name) => hasUnitEnding(name.replace(/等$/, '')));
  return whole ? clause : null;
}
