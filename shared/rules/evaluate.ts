// Points of a composed rule: every term's contribution summed, clamped to [floor, ceiling], a veto
// zeroing it. Cross-unit terms (ranks, averages, the best unit) see every unit's value of their input.
import type { Direction } from '../domain/indicator-system';
import type { ComposedRule, RuleInput, Term, UnitValues, VetoScope } from '../domain/rule-model';
import type { TieRule } from '../domain/types';
import { toMicros } from '../numbers/exact-value';
import { rankDescending } from '../numbers/rank';
import { fen2 } from './amounts';
import { specOf } from './registry';
import type { ColumnStats } from './term-spec';

/** The inputs a rule declares, in term order, each name once. */
export function ruleInputs(rule: ComposedRule): RuleInput[] {
  const seen = new Map<string, RuleInput>();
  for (const term of rule.terms) for (const input of specOf(term).inputs(term)) if (!seen.has(input.name)) seen.set(input.name, input);
  return [...seen.values()];
}

/** Whether any term compares units. */
export const comparesUnits = (rule: ComposedRule): boolean => rule.terms.some((term) => specOf(term).crossUnit(term) !== null);

/**
 * The comparison of a column: ranks in the direction (ties by the tie rule), ranks from the bottom
 * (ties sharing), best and worst, the exact sum and count. Input: values (null = no value).
 */
export function columnStats(values: ReadonlyArray<number | null>, direction: Direction, tieRule: TieRule): ColumnStats {
  const lowerBetter = direction === 'lowerBetter';
  const oriented = values.map((value) => (value === null ? null : lowerBetter ? -value : value));
  const ranks = rankDescending(oriented, tieRule);
  const fromBottom = rankDescending(
    oriented.map((value) => (value === null ? null : -value)),
    'competition',
  );
  let best = NaN;
  let worst = NaN;
  let sumMicros = 0n;
  let count = 0;
  for (const value of values) {
    if (value === null) continue;
    count += 1;
    sumMicros += toMicros(value);
    if (Number.isNaN(best) || (lowerBetter ? value < best : value > best)) best = value;
    if (Number.isNaN(worst) || (lowerBetter ? value > worst : value < worst)) worst = value;
  }
  return { ranks, fromBottom, best, worst, sumMicros, count };
}

/** Per term (by position), the stats of its input over the units (null for per-unit terms). */
export type RuleColumnStats = Array<ColumnStats | null>;

/** Stats for every cross-unit term of the rule. Input: each unit's values (null = 不适用 or none). */
export function ruleColumnStats(rule: ComposedRule, units: ReadonlyArray<UnitValues | null>, tieRule: TieRule): RuleColumnStats {
  return rule.terms.map((term) => {
    const need = specOf(term).crossUnit(term);
    if (!need) return null;
    const values = units.map((unit) => {
      const value = unit?.[need.input];
      return typeof value === 'number' ? value : null;
    });
    return columnStats(values, need.direction, tieRule);
  });
}

export type RuleOutcome = { points: number; veto: VetoScope | null; terms: number[] };

const termPoints = (term: Term, values: UnitValues, stats: ColumnStats | null, index: number, maxPoints: number): number =>
  specOf(term).points(term, values, stats, index, maxPoints);

/** The clamp of a rule: [floor, ceiling] with ceiling null = the indicator's 分值. */
export const clampRule = (rule: ComposedRule, maxPoints: number, sum: number): number =>
  Math.min(rule.ceiling ?? maxPoints, rule.floor === null ? sum : Math.max(rule.floor, sum));

/**
 * One unit's points. Input: the rule, 分值 (hundredths), the unit's values by input name, the
 * column stats and the unit's position. Output: points in hundredths within [floor, ceiling]
 * (0 when a veto holds, with its scope), and each term's own contribution.
 */
export function ruleOutcome(rule: ComposedRule, maxPoints: number, values: UnitValues, stats: RuleColumnStats, index: number): RuleOutcome {
  const terms: number[] = [];
  let sum = 0;
  let veto: VetoScope | null = null;
  for (let position = 0; position < rule.terms.length; position++) {
    const term = rule.terms[position]!;
    const points = termPoints(term, values, stats[position] ?? null, index, maxPoints);
    terms.push(points);
    sum += points;
    if (term.kind === 'veto' && values[term.input] === 1) veto = term.scope;
  }
  return veto ? { points: 0, veto, terms } : { points: clampRule(rule, maxPoints, sum), veto: null, terms };
}

/** The reason (扣分原因) for a unit's points, in Chinese: each term's explanation, then the clamp. */
export function explainOutcome(rule: ComposedRule, maxPoints: number, values: UnitValues, stats: RuleColumnStats, index: number): string {
  const outcome = ruleOutcome(rule, maxPoints, values, stats, index);
  const parts = rule.terms
    .map((term, position) => specOf(term).explain(term, values, stats[position] ?? null, index, outcome.terms[position]!))
    .filter((part) => part !== '');
  if (outcome.veto) return parts.filter((part) => part.includes('一票否决')).join('；');
  const sum = outcome.terms.reduce((total, points) => total + points, 0);
  const text = parts.join('；');
  if (sum > outcome.points) return `${text}，封顶 ${fen2(outcome.points)}`;
  if (sum < outcome.points) return text.includes('扣完为止') ? text : `${text}，最低 ${fen2(outcome.points)}`;
  return rule.terms.length > 1 ? `${text}；合计 ${fen2(outcome.points)}` : text;
}
