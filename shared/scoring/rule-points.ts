// Inputs of a rule and points of one unit on one indicator (any rule form, through the composed model).
import type { ScoringRule } from '../domain/indicator-system';
import type { ComposedRule, InputValue, RuleInput, UnitValues } from '../domain/rule-model';
import { formatHundredths } from '../numbers/exact';
import { explainOutcome, ruleInputs, ruleOutcome } from '../rules/evaluate';
import { toComposed } from '../rules/migrate';

export type { InputValue };

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Checks one named input's value. Output: null when valid, else a reason in Chinese. */
function checkNamed(input: RuleInput, maxPoints: number, value: unknown): string | null {
  switch (input.kind) {
    case 'points':
      if (!isNumber(value)) return '应为得分（数字）';
      return value < 0 || Math.round(value * 100) > maxPoints ? `得分 ${value} 超出 0–${formatHundredths(maxPoints)} 分` : null;
    case 'count':
      return isNumber(value) && Number.isInteger(value) && value >= 0 ? null : '应为次数（不小于 0 的整数）';
    case 'value':
      return isNumber(value) ? null : '应为测得的数值';
    case 'items': {
      const count = input.choices?.length ?? 0;
      if (!Array.isArray(value) || !value.every((n) => Number.isInteger(n))) return '应为所选分项序号的数组，如 [1, 3]';
      const bad = value.find((n: number) => n < 1 || n > count);
      if (bad !== undefined) return `分项序号 ${bad} 不在 1–${count} 之间`;
      return new Set(value).size === value.length ? null : '分项序号重复';
    }
    case 'level': {
      const count = input.choices?.length ?? 0;
      return isNumber(value) && Number.isInteger(value) && value >= 0 && value <= count
        ? null
        : `应为档次序号 0–${count}（0 表示均未达到）`;
    }
    case 'flag':
      return value === 0 || value === 1 ? null : '应为 1（是）或 0（否）';
  }
}

/** A composed rule with its inputs, memoised per stored rule object. */
const composedCache = new WeakMap<object, { composed: ComposedRule; maxPoints: number; inputs: RuleInput[] }>();

/** The composed form and declared inputs of a stored rule (memoised). */
export function composedOf(rule: ScoringRule, maxPoints: number): { composed: ComposedRule; inputs: RuleInput[] } {
  const cached = composedCache.get(rule);
  if (cached && cached.maxPoints === maxPoints) return cached;
  const composed = toComposed(rule, maxPoints);
  const entry = { composed, maxPoints, inputs: ruleInputs(composed) };
  composedCache.set(rule, entry);
  return entry;
}

/**
 * A unit's value as values by input name: a rule with one input takes the plain value, a rule with
 * several an object keyed by input name.
 */
export function unitValuesOf(rule: ScoringRule, maxPoints: number, value: InputValue): UnitValues {
  const { inputs } = composedOf(rule, maxPoints);
  if (typeof value === 'object' && !Array.isArray(value)) return value;
  return inputs.length === 0 ? {} : { [inputs[0]!.name]: value };
}

/**
 * Checks an input against what the rule takes. Output: null when valid, else a reason in Chinese.
 * points: in [0, 分值]; count: a whole number ≥ 0; value: a finite number; items: distinct item
 * numbers within the list; level: 0 (none) … number of levels; flag: 1 or 0. A rule with several
 * inputs takes an object by input name; a count left out is 0, every other input is required.
 */
export function checkInput(rule: ScoringRule, maxPoints: number, value: unknown): string | null {
  const { inputs } = composedOf(rule, maxPoints);
  if (inputs.length === 1) return checkNamed(inputs[0]!, maxPoints, value);
  if (inputs.length === 0) return null;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `应为按输入名称给出的对象：${inputs.map((input) => `“${input.name}”（${input.label}）`).join('、')}`;
  const given = value as Record<string, unknown>;
  const unknown = Object.keys(given).filter((name) => !inputs.some((input) => input.name === name));
  if (unknown.length > 0) return `没有名为“${unknown.join('、')}”的输入`;
  for (const input of inputs) {
    if (!(input.name in given)) {
      if (input.kind === 'count') continue;
      return `缺少输入“${input.name}”（${input.label}）`;
    }
    const reason = checkNamed(input, maxPoints, given[input.name]);
    if (reason) return `${input.name}：${reason}`;
  }
  return null;
}

/**
 * Points for a rule scored on one unit alone. Input: the rule, 分值 (hundredths), a value accepted by
 * checkInput. Output: points in hundredths within the rule's [floor, ceiling]. Rules that compare
 * units see this unit alone.
 */
export function pointsForUnit(rule: ScoringRule, maxPoints: number, value: InputValue): number {
  const { composed } = composedOf(rule, maxPoints);
  return ruleOutcome(composed, maxPoints, unitValuesOf(rule, maxPoints, value), [], 0).points;
}

/** The reason (扣分原因) for pointsForUnit's result, in Chinese. */
export function explainForUnit(rule: ScoringRule, maxPoints: number, value: InputValue): string {
  const { composed } = composedOf(rule, maxPoints);
  return explainOutcome(composed, maxPoints, unitValuesOf(rule, maxPoints, value), [], 0);
}
