// The 责任单位 directory: how often each owner name is used, which names are probably one unit
// written two ways (市发改委 / 市发展改革委), and checklists rewritten to the names the user chose.
import type { ChecklistItem } from '../domain/types';

/** Names that stand for several units (各县区政府, 市直有关部门, …等部门): never merged by suggestion. */
const COLLECTIVE = /^(?:各|有关|相关)|部门|单位|处室|各地|等/;
/** Endings of an organisation's name. */
const ORGANISATION_END = /(?:局|委|办|厅|院|中心|公司|政府|行|署|会|所|站|队|室|部)$/;

export type AliasSuggestion = { alias: string; canonical: string };

/**
 * True when `short` reads as an abbreviation of `long`: both organisation names (not collective
 * owners), same first and last character, every character of `short` found in `long` in order,
 * and `short` at least 3 characters — but not X办 against X…办 (市委办 / 市委编办).
 * E.g. 市发改委 / 市发展改革委, 市人社局 / 市人力资源社会保障局.
 */
export function isLikelyAbbreviation(short: string, long: string): boolean {
  if (short.length < 3 || short.length >= long.length || short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  if (COLLECTIVE.test(short) || COLLECTIVE.test(long) || !ORGANISATION_END.test(long)) return false;
  // A general office is not the special office named after it: 市委办 ≠ 市委编办, 市政府办 ≠ 市政府金融办.
  if (short.endsWith('办') && long.startsWith(short.slice(0, -1))) return false;
  let found = 0;
  for (const char of long) if (char === short[found]) found++;
  return found === short.length;
}

/**
 * Pairs of names that are probably one unit, for the user to confirm. Input: the owner names in
 * use and the aliases already decided (alias → canonical). Output: { alias: the shorter name,
 * canonical: the longer } for each likely abbreviation not decided yet, closest lengths first.
 */
export function suggestAliases(names: Iterable<string>, decided: ReadonlyMap<string, string>): AliasSuggestion[] {
  const list = [...new Set(names)].filter((name) => !decided.has(name));
  const suggestions: AliasSuggestion[] = [];
  for (const short of list)
    for (const long of list) if (isLikelyAbbreviation(short, long)) suggestions.push({ alias: short, canonical: long });
  return suggestions.sort(
    (a, b) => b.alias.length / b.canonical.length - a.alias.length / a.canonical.length || a.alias.localeCompare(b.alias, 'zh-CN'),
  );
}

/**
 * The items with every lead, responsible and supporting unit written by its canonical name
 * (aliases: alias → canonical), duplicates within a list removed. Items without an alias are
 * returned as they are (same object).
 */
export function withCanonicalUnits<T extends ChecklistItem>(items: readonly T[], aliases: ReadonlyMap<string, string>): T[] {
  if (aliases.size === 0) return [...items];
  const rename = (names: string[]) => [...new Set(names.map((name) => aliases.get(name) ?? name))];
  return items.map((item) =>
    [...item.leadUnits, ...item.responsibleUnits, ...item.supportingUnits].some((name) => aliases.has(name))
      ? {
          ...item,
          leadUnits: rename(item.leadUnits),
          responsibleUnits: rename(item.responsibleUnits),
          supportingUnits: rename(item.supportingUnits),
        }
      : item,
  );
}

/** How many items name each owner (any role). Output: names with counts, most used first. */
export function ownerUsage(items: Iterable<ChecklistItem>): Array<{ name: string; count: number }> {
  const counts = new Map<string, number>();
  for (const item of items)
    for (const name of new Set([...item.leadUnits, ...item.responsibleUnits, ...item.supportingUnits]))
      counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
}
