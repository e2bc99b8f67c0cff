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
 * ("…等制度。时间节点：2022年9月"). Output: [the item text, the labelled tail or null].
 */
export function splitTrailingLabels(text: string): [string, string | null] {
  const match = LABEL_ANYWHERE.exec(text);
  if (!match || match.index === 0) return [text, null];
  return [text.slice(0, match.index).trim(), text.slice(match.index)];
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

function mergeRoles(target: UnitRoles, source: UnitRoles): void {
  for (const key of ['leadUnits', 'responsibleUnits', 'supportingUnits'] as const) {
    for (const name of source[key]) if (!target[key].includes(name)) target[key].push(name);
  }
}
