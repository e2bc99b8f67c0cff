// Rectification plans (整改提升方案): per area a block of 主要问题 (一是…二是…), 整改目标,
// 整改措施 (1、…) and 牵头单位 / 责任单位 / 配合单位 / 责任人 / 完成时限 lines. An owner block applies
// to every measure since the previous one (a block after 1、2、 covers both; one after each measure
// covers it).
// Each area becomes a finding (发现问题) with its problems, targets and measures — what a
// 整改台账 is made from.
import type { PlanFinding } from '../domain/types';
import type { SourceLine } from '../read/source-lines';
import { FIELD_LABELS as LEXICON_LABELS } from '../text/lexicon';
import type { ReadContext } from './owner-labels';
import { parseDeadline } from './parse-deadline';
import { parseUnitRoles } from './parse-units';

type OwnerField = 'lead' | 'responsible' | 'supporting' | 'owner' | 'deadline';
type Field = 'problems' | 'targets' | 'measures' | OwnerField;
type OwnerBlock = Record<OwnerField, string>;
const OWNER_FIELDS: ReadonlySet<Field> = new Set<Field>(['lead', 'responsible', 'supporting', 'owner', 'deadline']);
const labelled = (labels: readonly string[]): RegExp => new RegExp(`^(?:${labels.join('|')})[：:]`);

const PLAN_FIELDS: ReadonlyArray<[RegExp, Field]> = [
  [/^(?:主要问题|存在问题|问题表现)[：:]/, 'problems'],
  [/^(?:整改目标|工作目标)[：:]/, 'targets'],
  [/^(?:整改措施|具体措施|工作措施)[：:]?\s*$/, 'measures'],
  [labelled(LEXICON_LABELS.lead), 'lead'],
  [labelled(LEXICON_LABELS.responsible), 'responsible'],
  [labelled(LEXICON_LABELS.supporting), 'supporting'],
  [labelled(LEXICON_LABELS.person), 'owner'],
  [labelled(LEXICON_LABELS.deadline), 'deadline'],
];
const AREA_HEADING = /^[（(][一二三四五六七八九十]+[）)]\s*([^。；，]{1,24})$/;
const MEASURE_START = /^\d+\s*[、.．]\s*/;

/**
 * Reads the plan's areas. Input: the document's cleaned lines and the read context (its year, for
 * deadlines like 8月底前, and the unit names it uses). Output: one finding per area that states 主要问题 or 整改措施, in order; [] when the text
 * is not a rectification plan. Lines broken mid-sentence (PDF extraction) continue the field above.
 */
export function parseRectificationPlan(lines: SourceLine[], context: ReadContext): PlanFinding[] {
  const documentYear = context.year;
  const findings: PlanFinding[] = [];
  let finding: PlanFinding | null = null;
  let problems = '';
  let targets = '';
  let block: OwnerBlock | null = null;
  let covered = 0; // measures of the current finding that have their owners
  let current: Field | null = null;

  const flushOwners = () => {
    if (!finding || !block) return;
    for (const measure of finding.measures.slice(covered)) {
      measure.responsibleUnits = ownerUnits(block, context);
      measure.owner = block.owner.replace(/\s+/g, '') || null;
      measure.deadline = block.deadline ? parseDeadline(block.deadline, documentYear) : null;
    }
    covered = finding.measures.length;
    block = null;
  };
  const close = () => {
    flushOwners();
    if (finding && (problems || finding.measures.length > 0)) {
      finding.problems = splitProblems(problems);
      finding.targets = targets ? [targets] : [];
      findings.push(finding);
    }
    finding = null;
    current = null;
  };

  for (const line of lines) {
    const text = line.text.replace(/^责\s*任\s*人/, '责任人').trim();
    const heading = AREA_HEADING.exec(text);
    if (heading) {
      close();
      finding = { area: heading[1]!.trim(), problems: [], targets: [], measures: [], line: line.line };
      problems = '';
      targets = '';
      covered = 0;
      continue;
    }
    if (!finding) continue;
    if (/^[一二三四五六七八九十]+、/.test(text)) {
      // A new top-level part (三、保障措施) ends the plan's areas.
      close();
      continue;
    }
    const label = PLAN_FIELDS.find(([pattern]) => pattern.test(text));
    const field = label?.[1];
    const rest = label ? text.replace(label[0], '').trim() : text;
    if (field && OWNER_FIELDS.has(field)) {
      block ??= { lead: '', responsible: '', supporting: '', owner: '', deadline: '' };
      block[field as OwnerField] += rest;
      current = field;
    } else if (field) {
      flushOwners();
      current = field;
      if (field === 'problems') problems += rest;
      if (field === 'targets') targets += rest;
    } else if ((current === 'measures' || block) && MEASURE_START.test(text)) {
      flushOwners();
      current = 'measures';
      finding.measures.push({ text: text.replace(MEASURE_START, ''), responsibleUnits: [], owner: null, deadline: null, line: line.line });
    } else if (current === 'problems') problems += text;
    else if (current === 'targets') targets += text;
    else if (current === 'measures' && finding.measures.length > 0) finding.measures[finding.measures.length - 1]!.text += text;
    else if (block && current && current !== 'measures') block[current as keyof OwnerBlock] += text;
  }
  close();
  return findings;
}

/**
 * The units of an owner block: the 牵头, 责任 and 配合 lines each read on their own (a line never
 * runs into the next), with the roles their own words give (责任单位：A牵头，B配合), listed lead
 * first, then responsible, then supporting, without repeats — a ledger item has one 责任单位 list.
 */
function ownerUnits(block: OwnerBlock, context: ReadContext): string[] {
  const read = [
    parseUnitRoles(block.lead, 'leadUnits', context.known),
    parseUnitRoles(block.responsible, 'responsibleUnits', context.known),
    parseUnitRoles(block.supporting, 'supportingUnits', context.known),
  ];
  const roles = ['leadUnits', 'responsibleUnits', 'supportingUnits'] as const;
  return [...new Set(roles.flatMap((role) => read.flatMap((units) => units[role])))];
}

/** "一是A；二是B。" → ["A", "B"]; text without ordinals is one problem. */
function splitProblems(text: string): string[] {
  return text
    .split(/[一二三四五六七八九十]+是/)
    .map((part) => part.trim().replace(/^[。；;，,]+|[。；;，,]+$/g, ''))
    .filter((part) => part.length > 0);
}
