import { describe, expect, it } from 'vitest';

import { numberText, parseNumber } from './number-input';

describe('numbers typed into the rule editor', () => {
  it('reads points as hundredths and accepts full-width digits', () => {
    expect(parseNumber('0.5', 'points', false)).toEqual({ ok: true, value: 50 });
    expect(parseNumber('２．２５', 'points', false)).toEqual({ ok: true, value: 225 });
    expect(parseNumber('-1', 'signedPoints', false)).toEqual({ ok: true, value: -100 });
    expect(numberText(225, 'points')).toBe('2.25');
  });

  it('refuses what is not a valid number of its kind, with the reason in Chinese', () => {
    expect(parseNumber('', 'points', false)).toEqual({ ok: false, error: '请填写数字' });
    expect(parseNumber('abc', 'value', false)).toEqual({ ok: false, error: '“abc”不是数字' });
    expect(parseNumber('-0.5', 'points', false)).toEqual({ ok: false, error: '不能为负数' });
    expect(parseNumber('0.125', 'points', false)).toEqual({ ok: false, error: '分数最多两位小数' });
    expect(parseNumber('0', 'positive', false)).toEqual({ ok: false, error: '须大于 0' });
    expect(parseNumber('2.5', 'rank', false)).toEqual({ ok: false, error: '须为不小于 1 的整数' });
    expect(parseNumber('-1', 'count', false)).toEqual({ ok: false, error: '须为不小于 0 的整数' });
  });

  it('takes empty as null only where the field allows it', () => {
    expect(parseNumber(' ', 'points', true)).toEqual({ ok: true, value: null });
    expect(numberText(null, 'value')).toBe('');
  });
});
