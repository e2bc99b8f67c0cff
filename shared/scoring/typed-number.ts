// Reading a number as a person types it into a score cell: full-width digits (６５．５), a thousands
// separator (1,200), a percent sign (65%, 65％) or 百分之六十五, a trailing unit word (3次, 5分,
// 12个工作日) and Chinese numerals (六十五, 三点五, 一千二百).

/** A typed number: its value as written and whether it was written as a percentage (65% → 65, percent). */
export type TypedNumber = { value: number; percent: boolean };

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** Words that may follow a number in a score cell; they carry no value of their own. */
const UNIT_WORDS = /(分|次|个|件|项|起|例|家|户|人次|人|天|日|个工作日|工作日|小时|分钟|元|万元|个百分点|百分点)$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Input: the text of a cell. Output: the number it states, or null when it is not one number
 * (empty text, words, two numbers, a date). Full-width characters are folded to ASCII (NFKC);
 * "百分之六十五" and "65%" give { value: 65, percent: true }. Throws nothing.
 */
export function readTypedNumber(text: string): TypedNumber | null {
  let rest = text.normalize('NFKC').replace(/\s+/g, '');
  let percent = false;
  if (rest.startsWith('百分之')) {
    percent = true;
    rest = rest.slice(3);
  } else if (rest.endsWith('%')) {
    percent = true;
    rest = rest.slice(0, -1);
  }
  if (!percent) rest = rest.replace(UNIT_WORDS, '');
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(rest)) rest = rest.replace(/,/g, '');
  if (DECIMAL.test(rest)) return { value: Number(rest), percent };
  const chinese = readChineseNumber(rest);
  return chinese === null ? null : { value: chinese, percent };
}

/**
 * Chinese numerals below 10 000 with an optional fraction: "六十五" → 65, "十" → 10, "一百零五" →
 * 105, "三点五" → 3.5, "负二" → −2. Null for anything else.
 */
export function readChineseNumber(text: string): number | null {
  const match = /^(负)?([零〇一二两三四五六七八九十百千]+)(?:点([零〇一二三四五六七八九]+))?$/.exec(text);
  if (!match) return null;
  const whole = readChineseInteger(match[2]!);
  if (whole === null) return null;
  const fraction = match[3] ? Number(`0.${[...match[3]].map((digit) => DIGITS[digit]).join('')}`) : 0;
  return (match[1] ? -1 : 1) * (whole + fraction);
}

function readChineseInteger(text: string): number | null {
  if (!/[十百千]/.test(text)) return text.length === 1 ? (DIGITS[text] ?? null) : null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const char of text) {
    if (char in DIGITS) {
      if (digit !== null && digit !== 0) return null; // 六五: two digits in a row (一百零五 is fine)
      digit = DIGITS[char]!;
      continue;
    }
    const unit = UNITS[char]!;
    if (unit >= lastUnit) return null; // 十百: units must fall
    total += (digit ?? (unit === 10 ? 1 : NaN)) * unit;
    if (Number.isNaN(total)) return null;
    lastUnit = unit;
    digit = null;
  }
  return total + (digit ?? 0);
}
