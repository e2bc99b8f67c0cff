// Reads a 评分标准 text into a structured rule, keeping the text: the composed reader
// (../rules/reader/read-rule.ts), stored in an old single-shape kind when the rule is exactly one.
import type { DataSource, ScoringRule } from '../domain/indicator-system';
import type { ComposedRule } from '../domain/rule-model';
import { toStored } from '../rules/migrate';
import { readRule } from '../rules/reader/read-rule';

export { directionOf } from '../rules/reader/read-rule';

export type ParsedRule = {
  rule: ScoringRule;
  /** The same rule composed (terms, floor, ceiling). */
  composed: ComposedRule;
  dataSource: DataSource | null;
  /** Clauses with a number or points word that no term consumed (the indicator is then 待核对). */
  unread: string[];
  warnings: string[];
};

/**
 * Proposes a rule for a 评分标准. Input: the text, the indicator's name and 分值 (hundredths).
 * Output: the rule (old kind when it is exactly one, else composed), the data source the text names
 * (由省住房城乡建设厅评分 → department), unread clauses and warnings — non-empty means 待核对. Text
 * that fits nothing becomes a manual rule with a warning. Never throws.
 */
export function parseScoringRule(text: string, name: string, maxPoints: number): ParsedRule {
  const reading = readRule(text, name, maxPoints);
  return {
    rule: toStored(reading.rule, maxPoints),
    composed: reading.rule,
    dataSource: reading.dataSource,
    unread: reading.unread,
    warnings: reading.warnings,
  };
}
