// The review state of an indicator's rule (待核对 / 已读 / 已核对) and a person's correction of the
// rule. The official 评分标准 (ruleText) is never changed here: a correction replaces the rule only.
import type { Indicator, IndicatorReview } from '../domain/indicator-system';
import type { ComposedRule } from '../domain/rule-model';
import { validateRule } from './edit-rule';
import { toStored } from './migrate';
import { readRule } from './reader/read-rule';

/** review = 待核对 (the reader or a check flagged it), read = 已读 (read completely), reviewed = 已核对 (a person confirmed it). */
export type RuleState = 'review' | 'read' | 'reviewed';

/** The state of an indicator's rule; null for rows without a rule (类别, 指标组). */
export function ruleState(indicator: Indicator): RuleState | null {
  if (!indicator.rule) return null;
  if (indicator.review?.state === 'reviewed') return 'reviewed';
  return indicator.warnings.length > 0 ? 'review' : 'read';
}

/**
 * The parts of the official text the reader left unread (clauses with a number or 分 that no term
 * consumed), for highlighting; empty unless the indicator is 待核对. Pure (re-reads ruleText).
 */
export function unreadParts(indicator: Indicator): string[] {
  if (ruleState(indicator) !== 'review') return [];
  return readRule(indicator.ruleText, indicator.name, indicator.maxPoints).unread;
}

/** Thrown when a corrected rule has problems; `problems` are in Chinese. */
export class InvalidRuleError extends Error {
  override name = 'InvalidRuleError';
  constructor(readonly problems: string[]) {
    super(`计分规则有误：${problems.join('；')}`);
  }
}

/**
 * An indicator with a person's rule. Input: the indicator, the composed rule, and the review
 * (who marked it 已核对 and when) or null to leave the state as it was. Output: the indicator with
 * the rule stored (an old kind when it is exactly one), ruleText unchanged; marking 已核对 clears
 * the reader's warnings. Throws InvalidRuleError when validateRule finds problems (never stores an
 * invalid rule).
 */
export function correctRule(indicator: Indicator, rule: ComposedRule, review: IndicatorReview | null): Indicator {
  const problems = validateRule(rule, indicator.maxPoints);
  if (problems.length > 0) throw new InvalidRuleError(problems);
  const stored = toStored(rule, indicator.maxPoints);
  if (review) return { ...indicator, rule: stored, review, warnings: [] };
  return { ...indicator, rule: stored };
}
