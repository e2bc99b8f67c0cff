// Splits owner phrases (牵头单位 / 责任单位 cells, "A、B牵头，C配合" lines) into unit lists by role.

export type UnitRoles = {
  leadUnits: string[];
  responsibleUnits: string[];
  supportingUnits: string[];
};

type Role = keyof UnitRoles;

/** Role words that close a clause, longest first; the role applies to the clause's units. */
const ROLE_SUFFIXES: ReadonlyArray<[RegExp, Role]> = [
  [/(?:按职责分工负责配合|负责配合|配合|协助|参与)$/, 'supportingUnits'],
  [/(?:牵头负责|牵头)$/, 'leadUnits'],
  [/(?:按照?(?:职责|职能)(?:分工)?(?:分别)?负责|分工负责|分别负责|负责|落实)$/, 'responsibleUnits'],
];

/** Endings of an organisation's name: a 和/及 is a separator only between two such names. */
const UNIT_NAME_END = /(?:局|委|办|厅|院|中心|公司|政府|部|会|行|处|科|所|站|队|组|关|室|区|县|镇|街道|分局|支行)$/;
const UNIT_NAME_START = /^(?:市|区|县|省|国|各|中国|人行|自贸区|相关|有关)/;

/**
 * Splits one owner phrase into units by role.
 * Input: e.g. "区政府办、工信局、工商联牵头，各镇办，区直相关部门配合" or a table cell
 * "市发展改革委等有关部门按职责分工负责". `defaultRole` is the role of units with no role word
 * (the column they stand in). Output: unit names without role words, 等 or stray spaces, in
 * order, no duplicates; collective owners (各县区政府, 有关部门) are kept as names.
 * Splits on 、，,；; and on 和/及 only where both sides are whole unit names. Never throws.
 */
export function parseUnitRoles(phrase: string, defaultRole: Role = 'responsibleUnits'): UnitRoles {
  const roles: UnitRoles = { leadUnits: [], responsibleUnits: [], supportingUnits: [] };
  const clauses = phrase.replace(/\s+/g, '').replace(/[。]+$/, '').split(/[，,；;]/);
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
    pending.push(...splitUnitList(clause));
    if (role) {
      addUnique(roles[role], pending);
      pending = [];
    }
  }
  addUnique(roles[defaultRole], pending);
  return roles;
}

/** Splits "A、B和C等有关部门" into ["A", "B", "C", "有关部门"]. */
function splitUnitList(list: string): string[] {
  const names: string[] = [];
  for (const part of splitOutsideBrackets(list)) {
    const [head, collective] = splitCollectiveTail(part);
    names.push(...splitOnConjunction(head));
    if (collective) names.push(collective);
  }
  return names.map((name) => name.replace(/等$/, '')).filter((name) => name.length > 0);
}

/** Splits on 、 except inside brackets: 各县（市、区） stays whole. */
function splitOutsideBrackets(list: string): string[] {
  const parts = [''];
  let depth = 0;
  for (const char of list) {
    if (char === '（' || char === '(') depth++;
    else if ((char === '）' || char === ')') && depth > 0) depth--;
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

function splitOnConjunction(text: string): string[] {
  const match = /^(.+?)[和及](.+)$/.exec(text);
  if (!match?.[1] || !match[2]) return [text];
  // A bracket after a name (各县（市、区）) does not hide its ending.
  if (UNIT_NAME_END.test(match[1].replace(/[（(][^（）()]*[）)]$/, '')) && UNIT_NAME_START.test(match[2])) {
    return [match[1], ...splitOnConjunction(match[2])];
  }
  return [text];
}

function addUnique(target: string[], names: string[]): void {
  for (const name of names) if (!target.includes(name)) target.push(name);
}
