// Recognises the name of a 责任单位 as documents write it: bureaus and commissions, their internal
// divisions (…处, …科, …中心), banks and companies, collective owners (各县区政府, 有关单位),
// names with brackets or 和 inside (市政府办公室（市审改办）, 市商务局〔市口岸办〕). Names the document
// itself uses in owner positions, and the office's 责任单位名录, are recognised whatever they end with.
import { allFieldLabels, alternation, COLLECTIVE_OWNER_WORDS, UNIT_NAME_ENDINGS, UNIT_NAME_STARTS } from '../text/lexicon';

/** Names known to be units: from the document's own owner fields and the office's directory. */
export type KnownUnits = ReadonlySet<string>;

const ENDING = new RegExp(`(?:${alternation(UNIT_NAME_ENDINGS)})$`);
const START = new RegExp(`^(?:${alternation(UNIT_NAME_STARTS)})`);
const COLLECTIVE = new RegExp(alternation(COLLECTIVE_OWNER_WORDS));
const LABEL = new RegExp(`(?:${alternation(allFieldLabels())})`);
/** A bracket group closing the name: （市审改办）, 〔市口岸办〕, (市、区). */
const TRAILING_BRACKET = /[（(〔[【][^（）()〔〕[\]【】]*[）)〕\]】]$/;
const SENTENCE_MARK = /[。；;：:！？!?“”]/;
const DATE_WORDS = /\d{4}年|\d{1,2}月|年底|底前|月底/;
/** Longest plausible unit name, in characters (国家金融监督管理总局…监管分局 is about 20). */
export const MAX_UNIT_NAME_CHARS = 32;

/** The name without a closing bracket group: 各县（市、区） → 各县, 市政府办公室(市审改办) → 市政府办公室. */
export function withoutTrailingBracket(name: string): string {
  return name.replace(TRAILING_BRACKET, '');
}

/** True when the name ends as an organisation's name does (…局, …处, …中心, …支行, …公司). */
export function hasUnitEnding(name: string): boolean {
  return ENDING.test(withoutTrailingBracket(name));
}

/** True when the text opens as a unit name after 和/及 does (市…, 省…, 国家…, 人民银行…). */
export function hasUnitStart(name: string): boolean {
  return START.test(name);
}

/**
 * True when the text reads as one unit's name. Input: a name without role words (牵头, 负责), the
 * names known from the document and directory. Accepts a known name, a collective owner (各…,
 * 有关部门), or a name of 2–32 characters with an organisation's ending, balanced brackets and no
 * label, date or sentence mark inside.
 */
export function isUnitName(name: string, known: KnownUnits = new Set()): boolean {
  if (known.has(name)) return true;
  if (name.length < 2 || name.length > MAX_UNIT_NAME_CHARS || !bracketsBalanced(name)) return false;
  if (LABEL.test(name) || SENTENCE_MARK.test(name) || DATE_WORDS.test(name) || /[，,、]/.test(withoutTrailingBracket(name))) return false;
  return hasUnitEnding(name) || COLLECTIVE.test(name);
}

/**
 * What is wrong with a name read as a unit, for the review (null when nothing is): a label inside
 * (责任单位：, 整改时限：), a sentence mark or a date inside, unbalanced brackets, an over-long name
 * (a sentence), or no organisation ending (a fragment cut mid-name, e.g. 市 / 市自然资源和).
 */
export function unitNameProblem(name: string, known: KnownUnits = new Set()): string | null {
  if (known.has(name)) return null;
  if (LABEL.test(name)) return '含有栏目名称';
  if (SENTENCE_MARK.test(name)) return '含有标点或句子';
  if (DATE_WORDS.test(name)) return '含有时间';
  if (!bracketsBalanced(name)) return '括号不完整';
  if (name.length > MAX_UNIT_NAME_CHARS) return '过长，可能混入了正文';
  if (!hasUnitEnding(name) && !COLLECTIVE.test(name)) return '结尾不像单位名称，可能被截断';
  return null;
}

/** True when every opening bracket is closed in order. */
export function bracketsBalanced(text: string): boolean {
  const pairs: Record<string, string> = { '）': '（', ')': '(', '〕': '〔', ']': '[', '】': '【' };
  const stack: string[] = [];
  for (const char of text) {
    if ('（(〔[【'.includes(char)) stack.push(char);
    else if (pairs[char] && stack.pop() !== pairs[char]) return false;
  }
  return stack.length === 0;
}
