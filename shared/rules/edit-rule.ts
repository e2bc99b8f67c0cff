// What a rule editor needs from the domain core: problems of a rule, and 试算 (trial scoring).
import type { ScoringRule } from '../domain/indicator-system';
import type { UnitValues } from '../domain/rule-model';
import type { TieRule } from '../domain/types';
import { comparesUnits, explainOutcome, ruleColumnStats, ruleInputs, ruleOutcome } from './evaluate';
import { toComposed } from './migrate';
import { validateTerms } from './reader/read-rule';

/**
 * Problems of a rule, in Chinese (empty when it can be used): each term's checks (bands with gaps
 * or overlaps, items that look like number fragments, amounts past the 分值…), a rank table longer
 * than the units when `unitCount` is given, and a rule with no term.
 */
export function validateRule(rule: ScoringRule, maxPoints: number, unitCount?: number): string[] {
  const composed = toComposed(rule, maxPoints);
  const ranks = composed.terms.flatMap((term) => (term.kind === 'rankPoints' ? term.ranges : []));
  const longest = Math.max(0, ...ranks.map((range) => range.to));
  return [
    ...(composed.terms.length === 0 ? ['规则没有任何计分项'] : []),
    ...validateTerms(composed, maxPoints),
    ...(unitCount !== undefined && longest > unitCount ? [`名次表列到第${longest}名，但只有 ${unitCount} 个单位`] : []),
  ];
}

export type TrialResult = { points: number; reason: string };

/**
 * 试算: points (hundredths) and reason for sample units. Input: the rule, 分值, and one entry of
 * values by input name per sample unit (rules comparing units need every unit; a per-unit rule may
 * take one). Output: one result per unit, in order.
 */
export function trialScore(rule: ScoringRule, maxPoints: number, units: UnitValues[], tieRule: TieRule = 'competition'): TrialResult[] {
  const composed = toComposed(rule, maxPoints);
  const stats = ruleColumnStats(composed, units, tieRule);
  return units.map((values, index) => ({
    points: ruleOutcome(composed, maxPoints, values, stats, index).points,
    reason: explainOutcome(composed, maxPoints, values, stats, index),
  }));
}

export { comparesUnits, ruleInputs };
