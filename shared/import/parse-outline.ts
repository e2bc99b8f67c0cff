// Reads the numbered body of a policy document (一、 / （一） / 1. / （1）) into a tree, with the
// owner and deadline lines that follow each measure.
import { DATE_ONLY_LINE, type SourceLine } from '../read/source-lines';
import { NUMBERING_PATTERNS } from '../text/lexicon';
import {
  emptyOwnerFields,
  type OwnerFields,
  type ReadContext,
  readOwnerLabels,
  readTrailingOwners,
  splitTrailingLabels,
  startsWithOwnerLabel,
} from './owner-labels';
import { hasUnitEnding } from './unit-names';

export type OutlineNode = OwnerFields & {
  /** 1 = 一、, 2 = （一）, 3 = 1., 4 = （1）. */
  level: number;
  number: string;
  title: string;
  text: string;
  line: number;
  children: OutlineNode[];
};

export type Outline = {
  roots: OutlineNode[];
  /** Paragraphs before the first numbered heading (notice, preamble). */
  preamble: string[];
  /** Paragraphs after the last measure that address the reader (工作要求, 施行日期). */
  closing: SourceLine[];
};

const NUMBERINGS = NUMBERING_PATTERNS;

/** Paragraph openings that address the reader after the measures (closing remarks). */
const CLOSING = /^(?:各(?:县|市|区|地|级|有关|部门|单位|镇)|本(?:文件|方案|措施|通知|意见|办法|细则)|以上|附件[：:])/;
/** A notice's list of its attachments (附件：1. …方案 2. …台账): titles, not commitments. */
const ATTACHMENT_LIST = /^附件[：:]/;
/** What closes that list: the issuer's date (DATE_ONLY_LINE), or the first attachment's own heading (附件 1). */
const ATTACHMENT_HEADING = /^附件\s*\d*$/;
const SENTENCE_END = /[。！？；;!?）)”]$/;
const TITLE_MAX = 60;

/**
 * Builds the outline. Input: cleaned body lines (no table rows) and the read context (the
 * document's year, for deadlines like 8月底前, and the unit names it uses). Output: the tree of numbered items, each with title (its first
 * sentence), full text (paragraphs joined; a paragraph that breaks mid-sentence is joined
 * without a line break), owners and deadline; plus preamble and closing paragraphs.
 * A numbered line's parent is the nearest open item of a shallower numbering level, so
 * documents that skip levels (一、 then 1.) and restart numbering are read as written. A notice's
 * attachment list before the body (附件：1. …方案 2. …台账) is preamble, not items.
 */
export function parseOutline(lines: SourceLine[], context: ReadContext): Outline {
  const roots: OutlineNode[] = [];
  const preamble: string[] = [];
  const closing: SourceLine[] = [];
  const stack: OutlineNode[] = [];
  let inClosing = false;
  let inAttachmentList = false;
  for (const [index, source] of lines.entries()) {
    const { text, line } = source;
    if (stack.length > 0 && isSignature(text, lines[index + 1]?.text)) {
      inClosing = true;
      closing.push(source);
      continue;
    }
    const current = stack[stack.length - 1];
    const numbered = matchNumbering(text);
    if (!current && (inAttachmentList || ATTACHMENT_LIST.test(text)) && (!numbered || numbered[0] >= 3)) {
      inAttachmentList = !ATTACHMENT_HEADING.test(text) && !DATE_ONLY_LINE.test(text);
      preamble.push(text);
      continue;
    }
    inAttachmentList = false;
    if (numbered) {
      inClosing = false;
      const [level, number, rest] = numbered;
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
      const node = createNode(level, number, rest, line, context);
      const parent = stack[stack.length - 1];
      (parent ? parent.children : roots).push(node);
      stack.push(node);
    } else if (current && startsWithOwnerLabel(text)) {
      readOwnerLabels(text, current, context);
      if (source.continued) markContinued(current);
    } else if (!current) {
      preamble.push(text);
    } else if (inClosing || (CLOSING.test(text) && SENTENCE_END.test(current.text))) {
      inClosing = true;
      closing.push(source);
    } else {
      const [body, labels] = splitTrailingLabels(text);
      current.text = joinParagraph(current.text, body);
      if (!current.title) current.title = titleOf(current.text);
      if (labels) readOwnerLabels(labels, current, context);
      if (labels && source.continued) markContinued(current);
    }
  }
  // Owners in a trailing bracket (（A牵头，B配合）) count where no owner line was given.
  const visit = (node: OutlineNode): void => {
    if (node.leadUnits.length + node.responsibleUnits.length + node.supportingUnits.length === 0)
      readTrailingOwners(node.text, node, context);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return { roots, preamble, closing };
}

/** The 落款 after the body: an office's name on its own line, the 成文日期 on the next. */
function isSignature(text: string, next: string | undefined): boolean {
  return next !== undefined && DATE_ONLY_LINE.test(next) && text.length <= 30 && !/[，。；：:、]/.test(text) && hasUnitEnding(text);
}

/** True when the line opens a numbered item (一、 / （一） / 1. / （1）). */
export function isNumberedLine(text: string): boolean {
  return matchNumbering(text) !== null;
}

function matchNumbering(text: string): [number, string, string] | null {
  for (const [level, pattern] of NUMBERINGS) {
    const match = pattern.exec(text);
    if (match?.[1] !== undefined) return [level, match[1], match[2] ?? ''];
  }
  return null;
}

function createNode(level: number, number: string, rest: string, line: number, context: ReadContext): OutlineNode {
  const [text, labels] = splitTrailingLabels(rest);
  const node: OutlineNode = { ...emptyOwnerFields(), level, number, title: titleOf(text), text, line, children: [] };
  if (labels) readOwnerLabels(labels, node, context);
  return node;
}

/** Owners (and deadline, when given) read from a line joined across a break are marked as such. */
function markContinued(node: OutlineNode): void {
  node.readAs = { ...node.readAs, owners: 'continuation', ...(node.deadline ? { deadline: 'continuation' as const } : {}) };
}

/** The heading sentence: text up to the first 。 when short enough, else the first clause. */
export function titleOf(text: string): string {
  const stop = text.search(/[。！？]/);
  const sentence = stop >= 0 ? text.slice(0, stop) : text;
  if (sentence.length <= TITLE_MAX) return sentence;
  const clause = sentence.split(/[，；,;]/)[0] ?? sentence;
  return clause.length <= TITLE_MAX ? clause : `${clause.slice(0, TITLE_MAX)}…`;
}

function joinParagraph(previous: string, next: string): string {
  if (!previous) return next;
  return SENTENCE_END.test(previous) ? `${previous}\n${next}` : `${previous}${next}`;
}
