// Read-back: every rule as one canonical Chinese sentence, which the reader reads into the same rule.
import type { ScoringRule } from '../domain/indicator-system';
import type { ComposedRule } from '../domain/rule-model';
import { fen } from './amounts';
import { toComposed } from './migrate';
import { specOf } from './registry';

function clampText(rule: ComposedRule): string {
  return [
    rule.floor === null ? '可倒扣' : rule.floor !== 0 ? `最低${fen(rule.floor)}` : '',
    rule.ceiling === null ? '' : `本项最高${fen(rule.ceiling)}`,
  ]
    .filter(Boolean)
    .join('，');
}

/**
 * The canonical sentence of a rule. Input: the rule (either form) and 分值 (hundredths). Output:
 * e.g. "基础分3分，每次扣0.5分。"; several terms are numbered （1）…；（2）… so that each reads back
 * as its own sub-item. Pure.
 */
export function summarizeRule(rule: ScoringRule, maxPoints: number): string {
  const composed = toComposed(rule, maxPoints);
  const parts = composed.terms.map((term) => specOf(term).summary(term));
  const body = parts.length === 1 ? parts[0]! : parts.map((part, index) => `（${index + 1}）${part}`).join('；');
  const clamp = clampText(composed);
  return `${body}${clamp ? `；${clamp}` : ''}。`;
}
