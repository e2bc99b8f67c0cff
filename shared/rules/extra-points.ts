// 加分项 / 减分项 count their points as magnitudes: the bonus or penalty is added or subtracted by
// the totals, so every per-count rate of such a row adds to it, whatever verb (计/减/扣) it uses.
import type { ScoringRule } from '../domain/indicator-system';
import type { OccurrenceTerm, Term } from '../domain/rule-model';
import { toStored } from './migrate';

/**
 * The rule of a bonus or penalty row. Input: the rule read from its text and the row's cap
 * (hundredths). Output: per-count terms merged into one adding term (rates kept, the smallest cap);
 * other terms kept; a rule with no term that counts becomes 分值 per occurrence.
 */
export function asExtraPoints(rule: ScoringRule, maxPoints: number): ScoringRule {
  if (rule.kind === 'occurrence') return rule;
  if (rule.kind !== 'composed') return { kind: 'occurrence', per: maxPoints };
  const counting = rule.terms.filter((term): term is OccurrenceTerm => term.kind === 'occurrence');
  if (counting.length === 0) return { kind: 'occurrence', per: maxPoints };
  const caps = counting.map((term) => term.cap).filter((cap): cap is number => cap !== null);
  const merged: Term = {
    kind: 'occurrence',
    sign: 1,
    rates: counting.flatMap((term) => term.rates),
    cap: caps.length > 0 ? Math.min(...caps) : null,
  };
  const others = rule.terms.filter((term) => term.kind !== 'occurrence');
  return toStored({ ...rule, terms: [merged, ...others] }, maxPoints);
}
