// Splits owner phrases (牵头单位 / 责任单位 cells, "A、B牵头，C配合" lines) into unit lists by role.
import { alternation, ROLE_WORDS } from '../text/lexicon';
import { hasUnitEnding, hasUnitStart, type KnownUnits, withoutTrailingBracket } from './unit-names';

export type UnitRoles = {
  leadUnits: string[];
  responsibleUnits: string[];
  supportingUnits: string[];
};

type Role = keyof UnitRoles;

/** Role words that close a clause (lexicon), longest first; the role applies to the clause's units. */
const ROLE_SUFFIXES: ReadonlyArray<[RegExp, Role]> = [
  [new RegExp(`(?:${alternation(ROLE_WORDS.supporting)})$`), 'supportingUnits'],
  [new RegExp(`(?:${alternation(ROLE_WORDS.lead)})$`), 'leadUnits'],
  [new RegExp(`(?:按照?(?:职责|职能)(?:分工)?(?:分别)?(?:负责|落实)|${alternation(ROLE_WORDS.responsible)})$`), 'responsibleUnits'],
];

/** True when the clause ends with a role word (牵头, 负责, 配合…). */
export function endsWithRoleWord(clause: string): boolean {
  return ROLE_SUFFIXES.some(([suffix]) => suffix.test(clause));
}

/**
 * Splits one owner phrase into units by role.
 * Input: e.g. "区政府办、工信局、工商联牵头，各镇办，区直相关部门配合" or a table cell
 * "市发展改革委等有关部门按职责分工负责". `defaultRole` is the role of units with no role word
 * (the column they stand in). Output: unit names without role words, 等 or stray spaces, in
 * order, no duplicates; collective owners (各县区政府, 有关部门) are kept as names.
 * Splits on 、，,；; and on 和/及 only where both sides are whole unit names. Never throws.
 */
export function parseUnitRoles(phrase: string, defaultRole: Role = 'responsibleUnits', known: KnownUnits = new Set()): UnitRoles {
  const roles: UnitRoles = { leadUnits: [], responsibleUnits: [], supportingUnits: [] };
  const clauses = phrase
    .replace(/\s+/g, '')
    .replace(/[。]+$/, '')
    .split(/[，,；;]/);
  let pending: string[] = [];
  for (const rawClause of clauses) {
    let clause = rawClause;
    let role: Role | null = null;
    for (const [suffix, suffixRole] of ROLE_SUFFIXES) {
      if (suffix.test(clause)) {
        role = suffixRole;
        clause = clause.replace(suffix, '');
        break;
      }
    }
    for (const name of splitUnitList(clause, known)) {
      const marked = markedRole(name);
      if (marked) addUnique(roles[marked[1]], [marked[0]]);
      else pending.push(name);
    }
    if (role) {
      addUnique(roles[role], pending);
      pending = [];
    }
  }
  addUnique(roles[defaultRole], pending);
  return roles;
}

const ROLE_MARK = /[（(](牵头|主责|牵头单位|配合|协办|参与|负责)[）)]$/;

/** A role marked in brackets after a name: 市政务服务中心（牵头） → [市政务服务中心, lead]. */
function markedRole(name: string): [string, Role] | null {
  const match = ROLE_MARK.exec(name);
  if (!match?.[1]) return null;
  const role: Role = /牵头|主责/.test(match[1]) ? 'leadUnits' : match[1] === '负责' ? 'responsibleUnits' : 'supportingUnits';
  return [name.slice(0, match.index), role];
}

/** Splits "A、B和C等有关部门" into ["A", "B", "C", "有关部门"]. */
function splitUnitList(list: string, known: KnownUnits): string[] {
  const names: string[] = [];
  for (const part of splitOutsideBrackets(list)) {
    const [head, collective] = splitCollectiveTail(part);
    names.push(...splitOnConjunction(head, known));
    if (collective) names.push(collective);
  }
  return names.map((name) => name.replace(/等$/, '')).filter((name) => name.length > 0);
}

/** Splits on 、 except inside brackets: 各县（市、区） stays whole. */
function splitOutsideBrackets(list: string): string[] {
  const parts = [''];
  let depth = 0;
  for (const char of list) {
    if ('（(〔【'.includes(char)) depth++;
    else if ('）)〕】'.includes(char) && depth > 0) depth--;
    if (char === '、' && depth === 0) parts.push('');
    else parts[parts.length - 1] += char;
  }
  return parts;
}

/** "市商务局等有关部门" → ["市商务局", "有关部门"]; "市发改委等相关部门和单位及各地" → ["市发改委", "相关部门和单位及各地"]. */
function splitCollectiveTail(part: string): [string, string | null] {
  const match = /^(.+?)等((?:其他|区直|市直|县直|省直)?(?:相关|有关)?(?:行业主管)?(?:部门|单位)(?:和单位)?(?:及各地区?)?)$/.exec(part);
  if (!match?.[1] || !match[2]) return [part, null];
  return [match[1], match[2]];
}

/**
 * Splits on 和/及 where both sides are whole unit names: the left ends as a unit does, the right
 * opens as one (市…, 人民银行…), is a name the document uses elsewhere, or shares the left's first
 * two characters (县公安局和县税务局). 市政务服务局和大数据管理局 stays one unit.
 */
function splitOnConjunction(text: string, known: KnownUnits): string[] {
  if (known.has(text)) return [text];
  for (const match of text.matchAll(/[和及]/g)) {
    const [left, right] = [text.slice(0, match.index), text.slice(match.index + 1)];
    if (!left || !right || !hasUnitEnding(withoutTrailingBracket(left))) continue;
    if (hasUnitStart(right) || known.has(right) || startsLike(left, right)) return [left, ...splitOnConjunction(right, known)];
  }
  return [text];
}

/** The right side opens as the left does (县公安局和县税务局) and ends as a unit. */
function startsLike(left: string, right: string): boolean {
  return hasUnitEnding(right) && left.startsWith(right.slice(0, 2));
}

function addUnique(target: string[], names: string[]): void {
  for (const name of names) if (!target.includes(name)) target.push(name);
}
