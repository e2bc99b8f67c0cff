// 按次加减分: per-count points added or taken, at one or several rates, with an own cap.
import type { OccurrenceTerm } from '../../domain/rule-model';
import { capped, fen, fen2, numberOf } from '../amounts';
import type { TermSpec } from '../term-spec';
import { perCountClauses, rateExplained, rateInput, ratesText } from './per-count';

function rawSum(term: OccurrenceTerm, values: Readonly<Record<string, unknown>>): number {
  return term.rates.reduce((sum, rate) => sum + rate.per * numberOf(values as Record<string, number>, rate.input), 0);
}

export const occurrenceTerm: TermSpec<'occurrence'> = {
  label: '按次加减分',
  inputs: (term) => term.rates.map(rateInput),
  crossUnit: () => null,
  validate: (term) => [
    ...(term.rates.length === 0 ? ['按次计分没有单价'] : []),
    ...term.rates.filter((rate) => rate.per <= 0).map((rate) => `“${rate.label}”每次分值应大于 0`),
  ],
  points: (term, values) => term.sign * capped(rawSum(term, values), term.cap),
  explain: (term, values) => {
    const shown = term.rates.length > 1 ? term.rates.filter((rate) => numberOf(values, rate.input) > 0) : term.rates;
    const parts = shown.map((rate) => rateExplained(rate, numberOf(values, rate.input), term.rates.length > 1));
    const sum = rawSum(term, values);
    const cap = term.cap !== null && sum > term.cap ? `，${term.sign < 0 ? '最多扣' : '最多加'} ${fen2(term.cap)}` : '';
    return `${term.sign < 0 ? '扣分：' : ''}${parts.length > 0 ? parts.join('，') : '0 次'}${cap}`;
  },
  summary: (term) =>
    `${ratesText(term.rates, term.sign < 0 ? '扣' : '加')}${term.cap === null ? '' : `，最多${term.sign < 0 ? '扣' : '加'}${fen(term.cap)}`}`,
  recognise: (segment, context) => {
    const clauses = perCountClauses(segment, context);
    return ([1, -1] as const).flatMap((sign) => {
      const same = clauses.filter((clause) => clause.sign === sign);
      if (same.length === 0) return [];
      return [
        {
          term: { kind: 'occurrence' as const, sign, rates: same.map((clause) => clause.rate), cap: null },
          at: same[same.length - 1]!.index,
        },
      ];
    });
  },
};
