// Small Chinese numerals as they appear in rubrics (前四名, 最后三名, 前十名).

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "四" → 4, "十二" → 12, "二十" → 20, "12" → 12; null when it is not a number below 100. */
export function parseSmallNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const match = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!match || text === '') return null;
  const [, tens, ten, ones] = match;
  if (!ten) return ones ? null : tens ? (DIGITS[tens] ?? null) : null;
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (DIGITS[ones] ?? 0) : 0);
}

/** Points written as text ("0.5", "2") → hundredths (50, 200), exact for up to two decimals. */
export function toHundredths(points: string | number): number {
  return Math.round(Number(points) * 100);
}
