// Labelled owner and deadline phrases: 时间节点：… / 责任单位：…牵头，…配合 / 牵头单位：…。责任单位：…,
// and the owner phrase in brackets after a measure: （A牵头，B配合） / （X负责，完成时限：Y） / （A、B，2023年6月底前）.
import type { Deadline, ReadingSource } from '../domain/types';
import { alternation, FIELD_LABELS, type FieldRole, ROLE_WORDS } from '../text/lexicon';
import { looksLikeDeadline, parseDeadline } from './parse-deadline';
import { endsWithRoleWord, parseUnitRoles, type UnitRoles } from './parse-units';
import { isUnitName, type KnownUnits } from './unit-names';

export type OwnerFields = UnitRoles & {
  owner: string | null;
  deadline: Deadline | null;
  /** How owners or deadline were read when not stated beside the measure (see ReadingSource). */
  readAs?: { owners?: ReadingSource; deadline?: ReadingSource };
};

/** What the owner readers need from the document: its year (for 8月底前) and the unit names it uses. */
export type ReadContext = { year: number | null; known: KnownUnits };

const LABELS = alternation(Object.values(FIELD_LABELS).flat());
const LABEL_AT_START = new RegExp(`^(?:${LABELS})\\s*[：:]`);
const LABEL_ANYWHERE = new RegExp(`(?:${LABELS})\\s*[：:]`);
const SEGMENT_START = new RegExp(`(?=(?:${LABELS})\\s*[：:])`);
const ROLE_OF_LABEL = new Map<string, FieldRole>(
  Object.entries(FIELD_LABELS).flatMap(([role, labels]) => labels.map((label) => [label, role as FieldRole] as const)),
);

/** Empty owner fields. */
export function emptyOwnerFields(): OwnerFields {
  return { leadUnits: [], responsibleUnits: [], supportingUnits: [], owner: null, deadline: null };
}

/** True when the line opens with an owner or deadline label. */
export function startsWithOwnerLabel(text: string): boolean {
  return LABEL_AT_START.test(text);
}

/** True when the text holds an owner or deadline label anywhere (责任单位：, 整改时限：). */
export function containsOwnerLabel(text: string): boolean {
  return LABEL_ANYWHERE.test(text);
}

/**
 * Splits an item's text where an owner or deadline label stands inline after it
 * ("…等制度。时间节点：2022年9月", "…手续。（牵头单位：A，责任单位：B）", "…清单。（法规处负责，完成时限：
 * 2024年5月）"). A label inside a bracket that is still open splits at that bracket. Output: [the
 * item text, the labelled tail without its brackets, or null].
 */
export function splitTrailingLabels(text: string): [string, string | null] {
  const match = LABEL_ANYWHERE.exec(text);
  if (!match || match.index === 0) return [text, null];
  const head = text.slice(0, match.index);
  const opener = openBracketAt(head);
  if (opener >= 0) return [head.slice(0, opener).trim(), text.slice(opener + 1).replace(/[）)〕\]】]\s*[。；;]?\s*$/, '')];
  return [head.trim(), text.slice(match.index)];
}

/** Index of the last bracket still open at the end of the text, or -1. */
function openBracketAt(text: string): number {
  const open: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (OPENERS.has(char)) open.push(index);
    else if (CLOSERS[char]) open.pop();
  }
  return open.at(-1) ?? -1;
}

/**
 * Reads labelled phrases into `fields` (mutated). Input: one line that may hold several
 * labels ("牵头单位：A。责任单位：B、C。完成时限：2023年6月"), possibly after an unlabelled owner clause
 * ("法规处负责，完成时限：2024年5月"). Labels and roles come from the lexicon: lead, responsible (split
 * further by role words), supporting, 责任人 → owner, deadline labels → deadline. Never throws.
 */
export function readOwnerLabels(line: string, fields: OwnerFields, context: ReadContext): void {
  for (const segment of line.split(SEGMENT_START)) {
    const match = /^([^：:]+?)\s*[：:](.*)$/.exec(segment);
    const role = match?.[1] ? ROLE_OF_LABEL.get(match[1]) : undefined;
    if (!match || !role) {
      const unlabelled = segment.trim().replace(/[，,；;。\s]+$/, '');
      if (unlabelled && endsWithRoleWord(unlabelled)) mergeRoles(fields, parseUnitRoles(unlabelled, 'responsibleUnits', context.known));
      continue;
    }
    const value = (match[2] ?? '').trim().replace(/[。；;，,]+$/, '');
    if (role === 'deadline') fields.deadline = parseDeadline(value, context.year);
    else if (role === 'person') fields.owner = value || null;
    else
      mergeRoles(
        fields,
        parseUnitRoles(
          withoutTrailingDeadline(value, fields, context),
          role === 'lead' ? 'leadUnits' : role === 'supporting' ? 'supportingUnits' : 'responsibleUnits',
          context.known,
        ),
      );
  }
}

/**
 * A list of units that ends in a deadline clause ("A、B，2026年6月底前完成" / "A，持续推进"): the
 * deadline goes to `fields` (mutated) unless one was read already, and the units are returned.
 * Text without such a clause is returned as it is.
 */
function withoutTrailingDeadline(units: string, fields: OwnerFields, context: ReadContext): string {
  const clauses = units.split(/[，,；;。]/);
  const last = clauses.at(-1)?.trim() ?? '';
  if (clauses.length < 2 || !looksLikeDeadline(last) || endsWithRoleWord(last)) return units;
  fields.deadline ??= parseDeadline(last, context.year);
  return clauses.slice(0, -1).join('，');
}

const CLOSERS: Record<string, string> = { '）': '（', ')': '(', '〕': '〔', ']': '[', '】': '【' };
const OPENERS = new Set(Object.values(CLOSERS));
const OWNER_WORDS = new RegExp(`${alternation(Object.values(ROLE_WORDS).flat())}|按职责|单位[：:]|部门[：:]`);

/**
 * The owner phrase in brackets at the end of a measure: （A牵头，B、C配合）, （A负责）, （A、B按职责分工
 * 负责）, 〔牵头单位：A；责任单位：B〕, [牵头单位：…], and — without role words — a list of units with
 * a deadline: （区政务服务中心、区司法局，2023年9月底前）. Brackets inside unit names (市编办（审改办）)
 * are matched. Output: the phrase without its brackets, or null when the text does not end in one
 * that names owners.
 */
export function trailingOwnerPhrase(text: string, known: KnownUnits = new Set()): string | null {
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
      return trimmed[index] === opener && (OWNER_WORDS.test(phrase) || isUnitsAndDeadline(phrase, known)) ? phrase : null;
    }
  }
  return null;
}

/** "A、B，2023年9月底前" / "A，持续推进" / "A、B": unit names, then at most one deadline clause. */
function isUnitsAndDeadline(phrase: string, known: KnownUnits): boolean {
  const clauses = phrase
    .split(/[，,；;]/)
    .map((clause) => clause.trim())
    .filter(Boolean);
  const last = clauses.at(-1);
  const unitClauses = last && looksLikeDeadline(last) ? clauses.slice(0, -1) : clauses;
  if (unitClauses.length === 0) return false;
  return unitClauses.every((clause) => clause.split(/[、]/).every((name) => isUnitName(name.replace(/等$/, ''), known)));
}

/**
 * Owners written as the closing clauses of a measure, without brackets: "…，由A牵头，B、C配合，
 * 2026年6月底前完成。" / "…。由A、B和C配合，D牵头。" / "…，A负责，各区政府按职责分工落实，长期坚持。".
 * From the end: at most one deadline clause, then clauses that end in a role word and name units
 * (由/并由 before them dropped). Output: the owner clauses joined by ，and the deadline clause, or
 * null when the text does not end in at least one such owner clause.
 */
export function trailingOwnerClauses(text: string, known: KnownUnits = new Set()): { owners: string; deadline: string | null } | null {
  const clauses = text
    .replace(/[\s。；;，,]+$/, '')
    .split(/[，,；;。]/)
    .map((clause) => clause.trim());
  const owners: string[] = [];
  let deadline: string | null = null;
  for (let index = clauses.length - 1; index > 0; index--) {
    const clause = clauses[index]!.replace(/^(?:并|均|统一)?由/, '');
    if (owners.length === 0 && deadline === null && looksLikeDeadline(clause) && !endsWithRoleWord(clause)) deadline = clause;
    else if (isOwnerClause(clause, known)) owners.unshift(clause);
    else break;
  }
  return owners.length > 0 ? { owners: owners.join('，'), deadline } : null;
}

/** "A、B和C配合" / "各区政府按职责分工落实": a role word after names that are all units. */
function isOwnerClause(clause: string, known: KnownUnits): boolean {
  if (!endsWithRoleWord(clause)) return false;
  const roles = parseUnitRoles(clause, 'responsibleUnits', known);
  const names = [...roles.leadUnits, ...roles.responsibleUnits, ...roles.supportingUnits];
  return names.length > 0 && names.every((name) => isUnitName(name, known));
}

/**
 * Reads a trailing owner phrase (see trailingOwnerPhrase) into `fields` (mutated): labelled
 * (牵头单位：A；责任单位：B) as labels, a list of units with a deadline as responsible units and the
 * deadline, otherwise by role words with 负责 as the default role. Returns false, changing nothing,
 * when the text has no such phrase.
 */
export function readTrailingOwners(text: string, fields: OwnerFields, context: ReadContext): boolean {
  const phrase = trailingOwnerPhrase(text, context.known);
  if (phrase === null) return readOwnerClauses(text, fields, context);
  if (LABEL_ANYWHERE.test(phrase)) {
    readOwnerLabels(phrase, fields, context);
    return true;
  }
  // Units with no role word: the reader takes them as responsible, which the review marks.
  if (!OWNER_WORDS.test(phrase)) fields.readAs = { ...fields.readAs, owners: 'guess' };
  mergeRoles(fields, parseUnitRoles(withoutTrailingDeadline(phrase, fields, context), 'responsibleUnits', context.known));
  return true;
}

/** Adds the source's units to the target's lists (mutated), keeping order, no duplicates. */
export function mergeRoles(target: UnitRoles, source: UnitRoles): void {
  for (const key of ['leadUnits', 'responsibleUnits', 'supportingUnits'] as const) {
    for (const name of source[key]) if (!target[key].includes(name)) target[key].push(name);
  }
}

/** Reads owners written as a measure's closing clauses (see trailingOwnerClauses); false when there are none. */
function readOwnerClauses(text: string, fields: OwnerFields, context: ReadContext): boolean {
  const found = trailingOwnerClauses(text, context.known);
  if (!found) return false;
  mergeRoles(fields, parseUnitRoles(found.owners, 'responsibleUnits', context.known));
  if (found.deadline) fields.deadline ??= parseDeadline(found.deadline, context.year);
  return true;
}
