// Joins a line that a page break or blank line cut off from the one before: an owner list broken
// mid-name (责任单位：市生态环境局、市 / 水务局。整改时限：…), a sentence broken after 、 or ，, a bracket
// left open. The PDF reader joins its own lines by their geometry; this serves text and Word.
import { ANNEX_HEADING, DATE_ONLY_LINE, type SourceLine } from '../read/source-lines';
import { startsWithOwnerLabel } from './owner-labels';
import { isNumberedLine } from './parse-outline';
import { endsWithRoleWord } from './parse-units';
import { bracketsBalanced, isUnitName, type KnownUnits } from './unit-names';

/** A line ending here is not finished: a list separator, an opening bracket or quote, a conjunction. */
const OPEN_END = new Set('、，,（(“《〔和及与或');
const UNIT_LABEL = /^(?:[^：:]{2,6}(?:单位|部门|处室))\s*[：:]/;
const SENTENCE_END = new Set('。！？；;!?）)〕】”');
const NUMBER_ONLY = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])$/;

/**
 * Joins continuation lines. Input: cleaned lines (toSourceLines) and the unit names the document
 * uses. A line is joined to the one before when that one is unfinished — it ends with 、，（ 和…,
 * leaves a bracket open, or is an owner line whose last name is not a whole unit (市 / 市自然资源和) —
 * and the line itself does not open a numbered item, a labelled field, an annex heading or a date.
 * Table rows are never joined. Output: the lines, joined ones marked `continued` and keeping the
 * first line's number.
 */
export function joinContinuations(lines: SourceLine[], known: KnownUnits): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    if (previous && !previous.cells && !line.cells && isUnfinished(previous.text, known) && opensMidway(line.text)) {
      out[out.length - 1] = { ...previous, text: previous.text + line.text, continued: true };
    } else {
      out.push(line);
    }
  }
  return out;
}

function isUnfinished(text: string, known: KnownUnits): boolean {
  const last = text.at(-1) ?? '';
  if (OPEN_END.has(last)) return !NUMBER_ONLY.test(text);
  // A line ending a sentence or a bracket is finished (checked first: bracketsBalanced reads the whole line).
  if (SENTENCE_END.has(last)) return false;
  if (!bracketsBalanced(text)) return true;
  if (!UNIT_LABEL.test(text)) return false;
  const lastName =
    text
      .replace(UNIT_LABEL, '')
      .split(/[、，,；;]/)
      .at(-1)
      ?.trim() ?? '';
  return lastName.length > 0 && !endsWithRoleWord(lastName) && !isUnitName(lastName.replace(/等$/, ''), known);
}

function opensMidway(text: string): boolean {
  return !isNumberedLine(text) && !startsWithOwnerLabel(text) && !ANNEX_HEADING.test(text) && !DATE_ONLY_LINE.test(text);
}
