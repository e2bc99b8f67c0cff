// The one check of a score input, wherever it is entered: typed in the app's cells, given to the
// CLI, or read from a returned Excel 填报表. It reads the entry as the person meant it (full-width
// digits, 65%, 百分之六十五, a percentage-formatted spreadsheet cell holding 0.65), then applies the
// rule's own check (checkInput) and the scale the rule's wording names (a rate or a 100-point
// score is within 0–100), and warns — without refusing — of a value far outside the other units'.
import type { Indicator } from '../domain/indicator-system';
import type { IndicatorSystem } from '../domain/indicator-system';
import type { InputKind } from '../domain/rule-model';
import { checkInput, composedOf, type InputValue } from './rule-points';
import { indicatorIndex, type NamedInputs } from './score-inputs';
import { readTypedNumber } from './typed-number';

/** A spreadsheet cell as read: its value, the text it shows (SheetJS `w`) and its number format (`z`), when known. */
export type SpreadsheetCell = { value: unknown; shown?: string; format?: string };

/** What was entered: text typed, a value from JSON (CLI), or a spreadsheet cell. */
export type EnteredValue = string | number | number[] | SpreadsheetCell;

/** valid: the value to store (and warnings to show beside it); invalid: a reason in Chinese; blank: nothing entered. */
export type InputCheck =
  { status: 'valid'; value: InputValue; warnings: string[] } | { status: 'invalid'; error: string } | { status: 'blank' };

const WHAT: Record<InputKind, string> = {
  points: '得分',
  count: '次数',
  value: '测得的数值',
  items: '分项序号',
  level: '档次序号',
  flag: '是否（1 或 0）',
};

/** The kind of a rule's one input, or null when it takes several (an object by input name). */
function singleInput(indicator: Indicator): InputKind | null {
  const { inputs } = composedOf(indicator.rule!, indicator.maxPoints);
  return inputs.length === 1 ? inputs[0]!.kind : null;
}
/** Measures that may fall below zero or pass 100 % (增长率, 同比增幅). */
const CHANGE_WORDS = /增长|增幅|增速|同比|环比|变化率|变动率|升降/;
const RATE_WORDS = /%|％|百分比|百分率|率|比例|占比/;
const SCORE_100_WORDS = /百分制|满分\s*100|100\s*分制|满意度|好差评|测评得分|评价得分/;

/**
 * Checks one entry for one indicator. Input: the indicator (its rule, 分值 in hundredths, wording),
 * the entry, and the other units' values on the same indicator (for the plausibility warning).
 * Output: the value to store (a percentage as its number: 65 for 65 %), or the reason it is refused
 * (zh-CN), or blank. Refused: text that is not a number; a percentage where points, a count, an item
 * or a level is asked; whatever checkInput refuses (points outside 0–分值, counts below 0 or not
 * whole…); points with more than two decimals; a rate or 100-point score outside 0–100; a negative
 * measured value unless the rule measures a change. Throws nothing.
 */
export function validateInput(
  indicator: Indicator,
  entered: EnteredValue,
  others: ReadonlyArray<InputValue | null | undefined> = [],
): InputCheck {
  const rule = indicator.rule;
  if (!rule) return { status: 'invalid', error: '该指标按下级指标计分，不需要输入' };
  const asks = singleInput(indicator);
  if (asks === null) return checkSeveral(indicator, entered);
  const read = readEntry(entered, asks === 'items');
  if (read.status !== 'read') return read;
  if (read.percent && asks !== 'value') return { status: 'invalid', error: `此项应填${WHAT[asks]}，不是百分数` };
  const reason = checkInput(rule, indicator.maxPoints, read.value) ?? finePoints(asks, read.value) ?? withinScale(indicator, read.value);
  if (reason) return { status: 'invalid', error: reason };
  const warning = typeof read.value === 'number' && asks !== 'level' ? plausibilityWarning(read.value, others) : null;
  return { status: 'valid', value: read.value, warnings: warning ? [warning] : [] };
}

/**
 * A rule with several inputs takes an object by input name: given as such (CLI), or as its JSON text
 * (a typed or spreadsheet cell); a blank cell is blank.
 */
function checkSeveral(indicator: Indicator, entered: EnteredValue): InputCheck {
  const cell = typeof entered === 'object' && !Array.isArray(entered) && 'value' in entered ? (entered as SpreadsheetCell).value : entered;
  if (cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '')) return { status: 'blank' };
  let value: unknown = cell;
  if (typeof cell === 'string') {
    try {
      value = JSON.parse(cell.normalize('NFKC')) as unknown;
    } catch {
      return { status: 'invalid', error: `“${cell}”不是按输入名称填写的对象，如 {"次数": 1, "次数2": 0}` };
    }
  }
  const reason = checkInput(indicator.rule!, indicator.maxPoints, value);
  return reason ? { status: 'invalid', error: reason } : { status: 'valid', value: value as InputValue, warnings: [] };
}

/** Points are kept in hundredths: a third decimal would be rounded away unseen. */
function finePoints(asks: string, value: InputValue): string | null {
  return asks === 'points' && typeof value === 'number' && Math.abs(value * 100 - Math.round(value * 100)) > 1e-6
    ? `得分 ${value} 最多保留两位小数`
    : null;
}

type Read = { status: 'read'; value: InputValue; percent: boolean } | { status: 'invalid'; error: string } | { status: 'blank' };

function readEntry(entered: EnteredValue, items: boolean): Read {
  if (Array.isArray(entered)) return { status: 'read', value: entered, percent: false };
  if (typeof entered === 'number') return { status: 'read', value: entered, percent: false };
  if (typeof entered === 'string') return readText(entered, items);
  const { value, shown = '', format = '' } = entered;
  if (value === undefined || value === null) return { status: 'blank' };
  if (typeof value === 'string') return readText(value, items);
  if (typeof value !== 'number') return { status: 'invalid', error: '应填写数字' };
  // A cell formatted as a percentage holds the fraction (0.65) and shows the percentage (65%).
  const percent = format.includes('%') || /%\s*$/.test(shown);
  if (items)
    return percent ? { status: 'invalid', error: '应填写分项序号，不是百分数' } : { status: 'read', value: [value], percent: false };
  return { status: 'read', value: percent ? Number((value * 100).toPrecision(12)) : value, percent };
}

function readText(text: string, items: boolean): Read {
  if (text.trim() === '') return { status: 'blank' };
  if (items) {
    const parts = text
      .normalize('NFKC')
      .split(/[,、;；\s]+/)
      .filter(Boolean)
      .map(readTypedNumber);
    if (parts.some((part) => part === null || part.percent)) return { status: 'invalid', error: `“${text}”不是分项序号（如 1,3）` };
    return { status: 'read', value: parts.map((part) => part!.value), percent: false };
  }
  const number = readTypedNumber(text);
  return number ? { status: 'read', ...number } : { status: 'invalid', error: `“${text}”不是一个数字` };
}

/**
 * The scale a measured value's rule names: 0–100 for a rate (率, 比例, %) or a 100-point score
 * (满意度, 好差评, 百分制) unless its bands or full value go past 100; no negative value unless
 * the rule measures a change (增长, 同比). Returns the reason a value breaks it, or null.
 */
function withinScale(indicator: Indicator, value: InputValue): string | null {
  const rule = indicator.rule!;
  if (singleInput(indicator) !== 'value' || typeof value !== 'number') return null;
  const wording = `${indicator.name} ${indicator.ruleText}`;
  const change = CHANGE_WORDS.test(wording);
  if (value < 0 && !change) return `测得值 ${value} 不能为负数`;
  const bounds =
    rule.kind === 'bands' ? rule.bands.flatMap((band) => [band.min, band.max]) : rule.kind === 'proportional' ? [rule.fullValue] : [];
  if (change || bounds.some((bound) => bound !== null && Math.abs(bound) > 100)) return null;
  if (SCORE_100_WORDS.test(wording) && value > 100) return `得分 ${value} 超出百分制 0–100 分`;
  if (RATE_WORDS.test(wording) && value > 100) return `比率 ${value}% 超出 0–100%`;
  return null;
}

/**
 * A warning when `value` lies far outside the other units' values (at least four of them):
 * more than five robust deviations (1.4826 × MAD) from their median and more than half the
 * median away; with no spread, more than the median (or 1) away. Null otherwise.
 */
export function plausibilityWarning(value: number, others: ReadonlyArray<InputValue | null | undefined>): string | null {
  const numbers = others.filter((other): other is number => typeof other === 'number').sort((a, b) => a - b);
  return numbers.length < 4 ? null : farFrom(value, spreadOf(numbers));
}

/**
 * plausibilityWarning for every value of one indicator at once (a returned sheet of many units),
 * judged against all of them — for many values the value itself barely moves median and spread.
 * Output: a warning or null per value, in order. O(n log n).
 */
export function plausibilityWarnings(values: readonly number[]): Array<string | null> {
  if (values.length < 5) return values.map(() => null);
  const spread = spreadOf([...values].sort((a, b) => a - b));
  return values.map((value) => farFrom(value, spread));
}

type Spread = { sorted: number[]; median: number; deviation: number };

function spreadOf(sorted: number[]): Spread {
  const median = middle(sorted);
  return { sorted, median, deviation: 1.4826 * middle(sorted.map((n) => Math.abs(n - median)).sort((a, b) => a - b)) };
}

function farFrom(value: number, { sorted, median, deviation }: Spread): string | null {
  const distance = Math.abs(value - median);
  const far = deviation > 0 ? distance > 5 * deviation && distance > Math.abs(median) / 2 : distance > Math.max(Math.abs(median), 1);
  return far
    ? `${value} 与其他单位相差很大（${sorted.length} 个单位的值在 ${sorted[0]}–${sorted.at(-1)} 之间，中位数 ${median}），请核对`
    : null;
}

function middle(sorted: number[]): number {
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}

/**
 * validateInput over named inputs (the CLI's inputs file), so "65%", "百分之六十五" or "３" read as in
 * the app and what the app refuses is refused. Output: the inputs with parsed values — a refused
 * one kept as 不适用 (null) so it is not also reported missing — and a problem per refused value
 * naming inputs[i]. Unknown names are left to resolveNamedInputs.
 */
export function validateNamedValues(system: IndicatorSystem, named: NamedInputs): { named: NamedInputs; problems: string[] } {
  const index = indicatorIndex(system);
  const problems: string[] = [];
  const inputs = named.inputs.map((input, position) => {
    const indicator = index.get(String(input.indicator));
    if (!indicator || input.value === null) return input;
    const check = validateInput(indicator, input.value as EnteredValue);
    if (check.status === 'valid') return { ...input, value: check.value };
    problems.push(
      `inputs[${position}]：${String(input.unit)} × ${indicator.name}：${check.status === 'blank' ? '未填写' : check.error}（收到 ${JSON.stringify(input.value)}）`,
    );
    return { ...input, value: null };
  });
  return { named: { ...named, inputs }, problems };
}
