// `kaoping rule "<评分标准>" --max <分值> [--try <value>] [--json]`: how the reader reads one rule.
import type { RuleInput, Term } from '#shared/domain/rule-model';
import { formatHundredths } from '#shared/numbers/exact';
import { parseScoringRule } from '#shared/rubric/parse-rule';
import { trialScore } from '#shared/rules/edit-rule';
import { comparesUnits, ruleInputs } from '#shared/rules/evaluate';
import { toComposed } from '#shared/rules/migrate';
import { summarizeRule } from '#shared/rules/read-back';
import { checkInput, type InputValue, unitValuesOf } from '#shared/scoring/rule-points';

import { InputProblems } from './score-command';

export type RuleJson = {
  status: 'read' | 'review';
  terms: Array<Term & Record<string, unknown>>;
  inputs: Array<Pick<RuleInput, 'name' | 'kind'> & { label: string }>;
  readBack: string;
  unread: string[];
  warnings: string[];
  points?: number;
  reason?: string;
};

/** The value of --try: a number, an array of item numbers ([1,3] or 1,3), or an object by input name. */
function tryValue(text: string): unknown {
  const trimmed = text.trim();
  if (/^-?\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (/^\d+(?:,\d+)+$/.test(trimmed)) return trimmed.split(',').map(Number);
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    throw new InputProblems(`--try 的值“${text}”应为数字、分项序号数组（如 [1,3]）或按输入名称的对象`);
  }
}

/**
 * Reads a 评分标准 with a 分值 (points, e.g. 3 or 0.5). Output: the documented JSON; status
 * 'review' whenever the indicator would show 待核对. With `tryText`, the points (in points) and
 * reason of one unit; rules comparing units refuse it (InputProblems).
 */
export function runRule(text: string, maxText: string, tryText: string | undefined): RuleJson {
  const max = Number(maxText);
  if (!Number.isFinite(max) || max < 0) throw new InputProblems(`--max 的值“${maxText}”应为不小于 0 的分值`);
  const maxPoints = Math.round(max * 100);
  const parsed = parseScoringRule(text, '指标', maxPoints);
  const composed = toComposed(parsed.rule, maxPoints);
  const result: RuleJson = {
    status: parsed.warnings.length > 0 ? 'review' : 'read',
    terms: composed.terms.map(
      (term, index) =>
        (index === 0 && parsed.rule.kind !== 'composed' ? { ...term, kind: parsed.rule.kind } : term) as RuleJson['terms'][number],
    ),
    inputs: ruleInputs(composed).map((input) => ({ name: input.name, kind: input.kind, label: input.label })),
    readBack: summarizeRule(parsed.rule, maxPoints),
    unread: parsed.unread,
    warnings: parsed.warnings,
  };
  if (tryText === undefined) return result;
  if (comparesUnits(composed))
    throw new InputProblems('该规则需要比较全部单位（排名、平均值、第一名等），不能只试算一个单位；请用 score 命令给出全部单位的输入。');
  const value = tryValue(tryText);
  const reason = checkInput(parsed.rule, maxPoints, value);
  if (reason) throw new InputProblems(`--try：${reason}（收到 ${JSON.stringify(value)}）`);
  const [trial] = trialScore(parsed.rule, maxPoints, [unitValuesOf(parsed.rule, maxPoints, value as InputValue)]);
  return { ...result, points: Number(formatHundredths(trial!.points)), reason: trial!.reason };
}

/** The reading as lines for a person. */
export function describeRule(result: RuleJson): string {
  return [
    `${result.status === 'read' ? '已读懂' : '待核对'}：${result.readBack}`,
    `输入：${result.inputs.map((input) => `${input.name}（${input.kind}，${input.label}）`).join('；') || '无'}`,
    ...result.unread.map((part) => `未读懂：${part}`),
    ...result.warnings.filter((warning) => !result.unread.some((part) => warning.includes(part))).map((warning) => `提示：${warning}`),
    ...(result.points === undefined ? [] : [`试算：${result.points.toFixed(2)} 分（${result.reason}）`]),
  ].join('\n');
}
