// The eleven single-shape rule kinds as composed rules, and back. `toComposed` is how the engine
// reads a stored rule of an old kind (same points for every input — see migrate.property.test.ts);
// `toStored` keeps a composed rule that is exactly one old shape in that shape, so stored data, v1
// packages and the 填报表 keep their single-value inputs.
import type { LegacyRule, ScoringRule } from '../domain/indicator-system';
import type { ComposedRule, Term } from '../domain/rule-model';
import { INPUT_NAME } from './input-names';

const single = (term: Term, ceiling: number | null = null): ComposedRule => ({ kind: 'composed', terms: [term], floor: 0, ceiling });

const legacyTerm: { [K in LegacyRule['kind']]: (rule: Extract<LegacyRule, { kind: K }>, maxPoints: number) => Term } = {
  manual: () => ({ kind: 'manual', input: INPUT_NAME.points }),
  deduction: (rule, maxPoints) => ({
    kind: 'deduction',
    base: Math.min(maxPoints, rule.base),
    rates: [{ input: INPUT_NAME.count, label: '', per: rule.per }],
    cap: null,
  }),
  bands: (rule) => ({ kind: 'bands', input: INPUT_NAME.value, measure: 'value', bands: rule.bands }),
  proportional: (rule, maxPoints) => ({ kind: 'proportional', input: INPUT_NAME.value, fullValue: rule.fullValue, points: maxPoints }),
  itemSum: (rule) => ({ kind: 'itemSum', input: INPUT_NAME.items, items: rule.items }),
  levels: (rule) => ({ kind: 'levels', input: INPUT_NAME.level, levels: rule.levels }),
  rankingTiers: (rule) => ({
    kind: 'rankingTiers',
    input: INPUT_NAME.value,
    base: rule.base,
    topCount: rule.topCount,
    topDelta: rule.topDelta,
    bottomCount: rule.bottomCount,
    bottomDelta: rule.bottomDelta,
    direction: rule.direction,
  }),
  occurrence: (rule) => ({ kind: 'occurrence', sign: 1, rates: [{ input: INPUT_NAME.count, label: '', per: rule.per }], cap: null }),
  frontier: (rule, maxPoints) => ({ kind: 'frontier', input: INPUT_NAME.value, direction: rule.direction, points: maxPoints }),
  relativeToBest: (rule, maxPoints) => ({
    kind: 'relativeToBest',
    input: INPUT_NAME.value,
    direction: rule.direction,
    reference: 'best',
    points: maxPoints,
  }),
  rankPoints: (rule) => ({
    kind: 'rankPoints',
    input: INPUT_NAME.value,
    direction: rule.direction,
    ranges: rule.points.map((points, index) => ({ from: index + 1, to: index + 1, fromBottom: false, points })),
    step: null,
    rest: rule.rest,
  }),
};

/**
 * A stored rule as a composed rule. Input: the rule (either form) and the indicator's 分值
 * (hundredths). Output: the composed rule; an old kind becomes one term of the same name, floor 0,
 * ceiling the 分值. Pure.
 */
export function toComposed(rule: ScoringRule, maxPoints: number): ComposedRule {
  if (rule.kind === 'composed') return rule;
  return single((legacyTerm[rule.kind] as (rule: LegacyRule, maxPoints: number) => Term)(rule, maxPoints));
}

const isDefaultClamp = (rule: ComposedRule): boolean => rule.floor === 0 && rule.ceiling === null;
const singleRate = (rates: ReadonlyArray<{ input: string; label: string }>): boolean =>
  rates.length === 1 && rates[0]!.input === INPUT_NAME.count;

/** The old kind a composed rule is exactly, or null. */
function asLegacy(rule: ComposedRule, maxPoints: number): LegacyRule | null {
  if (rule.terms.length !== 1 || !isDefaultClamp(rule)) return null;
  const term = rule.terms[0]!;
  switch (term.kind) {
    case 'manual':
      return { kind: 'manual' };
    case 'deduction':
      return term.cap === null && singleRate(term.rates) && term.base <= maxPoints
        ? { kind: 'deduction', base: term.base, per: term.rates[0]!.per }
        : null;
    case 'occurrence':
      return term.sign === 1 && term.cap === null && singleRate(term.rates) ? { kind: 'occurrence', per: term.rates[0]!.per } : null;
    case 'bands':
      return term.measure === 'value' ? { kind: 'bands', bands: term.bands } : null;
    case 'proportional':
      return term.points === maxPoints ? { kind: 'proportional', fullValue: term.fullValue } : null;
    case 'itemSum':
      return { kind: 'itemSum', items: term.items };
    case 'levels':
      return { kind: 'levels', levels: term.levels };
    case 'rankingTiers':
      return {
        kind: 'rankingTiers',
        base: term.base,
        topCount: term.topCount,
        topDelta: term.topDelta,
        bottomCount: term.bottomCount,
        bottomDelta: term.bottomDelta,
        direction: term.direction,
      };
    case 'frontier':
      return term.points === maxPoints ? { kind: 'frontier', direction: term.direction } : null;
    case 'relativeToBest':
      return term.points === maxPoints && term.reference === 'best' ? { kind: 'relativeToBest', direction: term.direction } : null;
    case 'rankPoints': {
      const singles =
        term.step === null && term.ranges.every((range, index) => !range.fromBottom && range.from === index + 1 && range.to === index + 1);
      return singles
        ? { kind: 'rankPoints', points: term.ranges.map((range) => range.points), rest: term.rest, direction: term.direction }
        : null;
    }
    case 'base':
    case 'linear':
    case 'condition':
    case 'veto':
    case 'reference':
      return null;
  }
}

/**
 * The form to store: an old kind when the composed rule is exactly one (inputs keep their single
 * value), else the composed rule. toComposed(toStored(r)) has the same points as r for every input.
 */
export function toStored(rule: ComposedRule, maxPoints: number): ScoringRule {
  return asLegacy(rule, maxPoints) ?? rule;
}
