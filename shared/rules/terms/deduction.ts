// 基础分扣分: a base minus per-count deductions (one or several rates), the deduction capped.
// The reader builds it from a base and per-count deductions of the same sub-item (see ../reader/fold.ts).
import type { DeductionTerm, UnitValues } from '../../domain/rule-model';
import { capped, fen, fen2, numberOf } from '../amounts';
import type { TermSpec } from '../term-spec';
import { rateExplained, rateInput, ratesText } from './per-count';

const deducted = (term: DeductionTerm, values: UnitValues): number =>
  term.rates.reduce((sum, rate) => sum + rate.per * numberOf(values, rate.input), 0);

export const deductionTerm: TermSpec<'deduction'> = {
  label: '基础分扣分',
  inputs: (term) => term.rates.map(rateInput),
  crossUnit: () => null,
  validate: (term, maxPoints) => [
    ...(term.base > maxPoints ? [`基础分 ${fen(term.base)}超过分值 ${fen(maxPoints)}`] : []),
    ...term.rates.filter((rate) => rate.per <= 0).map((rate) => `“${rate.label}”每次扣分应大于 0`),
  ],
  points: (term, values) => term.base - capped(deducted(term, values), term.cap),
  explain: (term, values) => {
    const total = deducted(term, values);
    if (total === 0) return `基础分 ${fen2(term.base)}，无扣分`;
    const limit = Math.min(term.cap ?? Infinity, term.base);
    const parts = term.rates
      .filter((rate) => numberOf(values, rate.input) > 0)
      .map((rate) => rateExplained(rate, numberOf(values, rate.input), term.rates.length > 1));
    const taken = Math.min(total, limit === Infinity ? total : limit);
    const note =
      total >= term.base && limit >= term.base
        ? '（扣完为止）'
        : term.cap !== null && total > term.cap
          ? `（最多扣 ${fen2(term.cap)}）`
          : '';
    return `基础分 ${fen2(term.base)}，${parts.join('，')}，扣 ${fen2(Math.min(taken, term.base))}${note}`;
  },
  summary: (term) => `基础分${fen(term.base)}，${ratesText(term.rates, '扣')}${term.cap === null ? '' : `，最多扣${fen(term.cap)}`}`,
  recognise: () => [],
};
