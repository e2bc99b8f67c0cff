// Labelled owner and deadline phrases: 时间节点：… / 责任单位：…牵头，…配合 / 牵头单位：…。责任单位：…
import type { Deadline } from '../domain/types';
import { parseDeadline } from './parse-deadline';
import { parseUnitRoles, type UnitRoles } from './parse-units';

export type OwnerFields = UnitRoles & {
  owner: string | null;
  deadline: Deadline | null;
};

const LABELS = '时间节点|完成时限|完成时间|时限要求|牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|责任人';
const LABEL_AT_START = new RegExp(`^(?:${LABELS})[：:]`);
const LABEL_ANYWHERE = new RegExp(`(?:${LABELS})[：:]`);
const SEGMENT_START = new RegExp(`(?=(?:${LABELS})[：:])`);

/** Empty owner fields. */
export function emptyOwnerFields(): OwnerFields {
  return { leadUnits: [], responsibleUnits: [], supportingUnits: [], owner: null, deadline: null };
}

/** True when the line opens with an owner or deadline label. */
export function startsWithOwnerLabel(text: string): boolean {
  return LABEL_AT_START.test(text);
}

/**
 * Splits an item's text where an owner or deadline label stands inline after it
 * ("…等制度。时间节点：2022年9月", "…手续。（牵头单位：A，责任单位：B）"). Output: [the item text,
 * the labelled tail without its brackets, or null].
 */
export function splitTrailingLabels(text: string): [string, string | null] {
  const match = LABEL_ANYWHERE.exec(text);
  if (!match || match.index === 0) return [text, null];
  const head = text.slice(0, match.index);
  const tail = text.slice(match.index);
  // Labels inside a closing bracket: （牵头单位：A，责任单位：B） / 〔牵头单位：A；责任单位：B〕.
  const opener = /[（(〔[【]\s*$/.exec(head);
  if (opener) return [head.slice(0, opener.index).trim(), tail.replace(/[）)〕\]】]\s*[。；;]?\s*$/, '')];
  return [head.trim(), tail];
}

/**
 * Reads labelled phrases into `fields` (mutated). Input: one line that may hold several
 * labels ("牵头单位：A。责任单位：B、C。完成时限：2023年6月"), the document year for deadlines
 * without one. 牵头单位 → lead; 责任单位 → by role words (牵头/配合/负责), default responsible;
 * 配合单位 → supporting; 责任人 → owner; 时间节点/完成时限 → deadline. Never throws.
 */
export function readOwnerLabels(line: string, fields: OwnerFields, documentYear: number | null): void {
  for (const segment of line.split(SEGMENT_START)) {
    const match = /^([^：:]+)[：:](.*)$/.exec(segment);
    if (!match?.[1]) continue;
    const label = match[1];
    const value = (match[2] ?? '').trim().replace(/[。；;]+$/, '');
    if (/时间|时限/.test(label)) {
      fields.deadline = parseDeadline(value, documentYear);
    } else if (label === '责任人') {
      fields.owner = value || null;
    } else {
      const role = label.startsWith('牵头') ? 'leadUnits' : label.startsWith('配合') ? 'supportingUnits' : 'responsibleUnits';
      mergeRoles(fields, parseUnitRoles(value, role));
    }
  }
}

const CLOSERS: Record<string, string> = { '）': '（', ')': '(', '〕': '〔', ']': '[', '】': '【' };
const OPENERS = new Set(Object.values(CLOSERS));
const OWNER_WORDS = /牵头|负责|配合|协助|按职责|单位[：:]|部门[：:]/;

/**
 * The owner phrase in brackets at the end of a measure, as 002 and 004 write them:
 * （A牵头，B、C配合）, （A负责）, （A、B按职责分工负责）, 〔牵头单位：A；责任单位：B〕,
 * [牵头单位：…；责任单位：…]. Brackets inside unit names (市编办（审改办）) are matched. Output: the
 * phrase without its brackets, or null when the text does not end in one that names owners.
 */
export function trailingOwnerPhrase(text: string): string | null {
  const trimmed = text.replace(/[\s。；;]+$/, '');
  const closer = trimmed.at(-1) ?? '';
  const opener = CLOSERS[closer];
  if (!opener) return null;
  let depth = 0;
  for (let index = trimmed.length - 1; index >= 0; index--) {
    const char = trimmed[index]!;
    if (CLOSERS[char]) depth++;
    else if (OPENERS.has(char)) depth--;
    if (depth === 0) {
      const phrase = trimmed.slice(index + 1, -1);
      return trimmed[index] === opener && OWNER_WORDS.test(phrase) ? phrase : null;
    }
  }
  return null;
}

/**
 * Reads a trailing owner phrase (see trailingOwnerPhrase) into `fields` (mutated): labelled
 * (牵头单位：A；责任单位：B) as labels, otherwise by role words with 负责 as the default role.
 * Returns false, changing nothing, when the text has no such phrase.
 */
export function readTrailingOwners(text: string, fields: OwnerFields, documentYear: number | null): boolean {
  const phrase = trailingOwnerPhrase(text);
  if (phrase === null) return false;
  if (LABEL_ANYWHERE.test(phrase)) readOwnerLabels(phrase, fields, documentYear);
  else mergeRoles(fields, parseUnitRoles(phrase, 'responsibleUnits'));
  return true;
}

function mergeRoles(target: UnitRoles, source: UnitRoles): void {
  for (const key of ['leadUnits', 'responsibleUnits', 'supportingUnits'] as const) {
    for (const name of source[key]) if (!target[key].includes(name)) target[key].push(name);
  }
}
