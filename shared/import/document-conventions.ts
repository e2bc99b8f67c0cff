// Conventions a document states once for all its measures: "排在第一位的部门为牵头部门" (the first
// unit listed is the lead), "以下均需各县区政府按职责分工负责，不再列出" and "…负责，下同" (owners of every
// later measure). They are taken out of the text they stand in, applied to the measures, and listed
// for the review, one line each.
import type { ChecklistItem } from '../domain/types';
import type { SourceLine } from '../read/source-lines';
import { parseUnitRoles } from './parse-units';
import type { KnownUnits } from './unit-names';

/** Owners that apply to every measure from `line` on. */
type StandingOwners = { line: number; units: string[]; phrase: string };

export type DocumentConventions = {
  firstIsLead: boolean;
  standing: StandingOwners[];
  /** One line per convention, for the review (已按文件说明：…). */
  notes: string[];
};

const FIRST_IS_LEAD = /(?:排在|排|列在|列|位列|排名|名列)?第一(?:位|个|家)的?(?:部门|单位|责任单位)?(?:为|是)牵头(?:部门|单位)/;
/** 以下均需各县区政府按职责分工负责，不再列出 / 以下各项均由各街道负责，不再一一列出. */
const FROM_HERE_ON =
  /[（(]?以下(?:各项|各条|措施|任务|举措)?(?:均|都)(?:需|由|为|要|须)?([^。；;，,]{2,40}?)(?:按照?职责分工|按职责|分别)?(?:负责|落实|参与|配合)(?:[，,]\s*(?:不再(?:一一)?(?:列出|列举|标注)|下同))?[。；;]?[）)]?/;
/** …（A牵头，各县区政府负责，下同）: the clause before 下同 applies from here on. */
const SAME_BELOW = /[，,]([^，,（(；;]{2,40}?)(?:按照?职责分工|按职责|分别)?(?:负责|落实|参与|配合)[，,]\s*下同/;

/**
 * Finds the conventions and removes their sentences from the lines. Input: cleaned lines; the
 * unit names the document uses. Output: the lines with convention sentences cut out (a line left
 * empty is dropped) and the conventions found.
 */
export function extractConventions(lines: SourceLine[], known: KnownUnits): { lines: SourceLine[]; conventions: DocumentConventions } {
  const conventions: DocumentConventions = { firstIsLead: false, standing: [], notes: [] };
  const out: SourceLine[] = [];
  for (const line of lines) {
    let text = line.text;
    if (line.cells || !/第一|以下|下同/.test(text)) {
      out.push(line);
      continue;
    }
    if (FIRST_IS_LEAD.test(text)) {
      if (!conventions.firstIsLead) conventions.notes.push('已按文件说明：排在第一位的为牵头单位');
      conventions.firstIsLead = true;
      text = withoutSentence(text, FIRST_IS_LEAD);
    }
    const fromHere = FROM_HERE_ON.exec(text) ?? SAME_BELOW.exec(text);
    if (fromHere?.[1]) {
      const roles = parseUnitRoles(fromHere[1], 'responsibleUnits', known);
      const units = [...roles.leadUnits, ...roles.responsibleUnits, ...roles.supportingUnits];
      if (units.length > 0) {
        conventions.standing.push({ line: line.line, units, phrase: fromHere[0] });
        conventions.notes.push(`已按文件说明：第 ${line.line} 行起各项均由${units.join('、')}负责`);
        // 下同 stays inside its bracket (the measure's own owners); only the marker goes.
        text =
          fromHere[0].includes('下同') && !fromHere[0].startsWith('以下')
            ? text.replace(/[，,]\s*下同/, '')
            : text.replace(fromHere[0], '');
      }
    }
    // What is left of a note line once its convention is out (说明：) is dropped with it.
    if (text.trim() && !/^[^。；;]{0,6}[：:]?$/.test(text.trim())) out.push(text === line.text ? line : { ...line, text: text.trim() });
    else if (text === line.text) out.push(line);
  }
  return { lines: out, conventions };
}

/** The text without the sentence (up to and with its 。) that matches `pattern`. */
function withoutSentence(text: string, pattern: RegExp): string {
  return text
    .split(/(?<=[。])/)
    .filter((sentence) => !pattern.test(sentence))
    .join('');
}

/**
 * Applies the conventions to the measures (mutated). First-is-lead: a measure with units but no
 * lead and no supporting unit gets its first unit as lead. Standing owners: added as responsible to
 * every measure at or after their line. Items so changed are marked readAs.owners = 'convention'.
 */
export function applyConventions(items: ChecklistItem[], conventions: DocumentConventions): void {
  for (const item of items) {
    if (item.kind !== 'measure') continue;
    let changed = false;
    if (conventions.firstIsLead && item.leadUnits.length === 0 && item.supportingUnits.length === 0 && item.responsibleUnits.length > 0) {
      item.leadUnits = item.responsibleUnits.slice(0, 1);
      item.responsibleUnits = item.responsibleUnits.slice(1);
      changed = true;
    }
    for (const standing of conventions.standing) {
      if (item.source.line < standing.line) continue;
      for (const unit of standing.units) {
        if ([...item.leadUnits, ...item.responsibleUnits, ...item.supportingUnits].includes(unit)) continue;
        item.responsibleUnits = [...item.responsibleUnits, unit];
        changed = true;
      }
    }
    if (changed) item.readAs = { ...item.readAs, owners: 'convention' };
  }
}
