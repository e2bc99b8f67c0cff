import { describe, expect, it } from 'vitest';

import { parseDeadline } from './parse-deadline';

describe('parseDeadline', () => {
  it.each([
    ['2023年6月', '2023-06-30'],
    ['2024年2月', '2024-02-29'],
    ['2021年年底', '2021-12-31'],
    ['2021年年底前', '2021-12-31'],
    ['2021年底前', '2021-12-31'],
    ['2022年9月21日', '2022-09-21'],
    ['8月底前', '2023-08-31'],
    ['9月27日', '2023-09-27'],
    ['年底前', '2023-12-31'],
  ])('dates %s as %s (document year 2023)', (text, date) => {
    expect(parseDeadline(text, 2023)).toEqual({ text, date });
  });

  it.each([
    ['二季度', '2023-06-30'],
    ['2024年第三季度末', '2024-09-30'],
    ['上半年', '2023-06-30'],
    ['下半年', '2023-12-31'],
    ['10月上旬前', '2023-10-10'],
    ['9月中旬', '2023-09-20'],
    ['9月下旬', '2023-09-30'],
    ['今年底前', '2023-12-31'],
    ['明年6月底前', '2024-06-30'],
    ['2023—2024年', '2024-12-31'],
    ['力争2023年6月底前', '2023-06-30'],
    ['2023年6月底前完成并长期坚持', '2023-06-30'],
  ])('dates %s as %s: quarters, ten-day parts, relative years, spans, words before the date', (text, date) => {
    expect(parseDeadline(text, 2023)).toEqual({ text, date });
  });

  it.each(['2023年9月1日起', '自2023年10月起施行', '每年6月底前', '2024年春节前'])(
    'gives %s no due date: a start, a recurrence or no calendar date',
    (text) => {
      expect(parseDeadline(text, 2023)).toEqual({ text, date: null });
    },
  );

  it.each(['持续推进', '长期', '按省部署及时落实', '按国家部署及时推进'])('keeps the standing term %s without a date', (text) => {
    expect(parseDeadline(text, 2023)).toEqual({ text, date: null });
  });

  it('keeps text it cannot date, and returns null for nothing', () => {
    expect(parseDeadline('8月底前', null)).toEqual({ text: '8月底前', date: null });
    expect(parseDeadline('2023年13月', 2023)).toEqual({ text: '2023年13月', date: null });
    expect(parseDeadline('  ', 2023)).toBeNull();
  });
});
