// 人工评分: a person gives the points (within the rule's ceiling).
import { fen, numberOf } from '../amounts';
import type { TermSpec } from '../term-spec';
import { consume, matching } from './clauses';

export const manualTerm: TermSpec<'manual'> = {
  label: '人工评分',
  inputs: (term) => [{ name: term.input, kind: 'points', label: '得分' }],
  crossUnit: () => null,
  validate: () => [],
  points: (term, values) => Math.round(numberOf(values, term.input) * 100),
  explain: (_term, _values, _stats, _index, points) => `评分 ${fen(points)}`,
  summary: () => '人工评分',
  recognise: (segment, context) =>
    matching(segment, /^(?:人工评分|.*酌情(?:评分|打分|给分|赋分|计分))$/)
      .filter(({ clause }) => !/\d/.test(clause.text))
      .map(({ index }) => {
        consume(segment, index);
        return { term: { kind: 'manual' as const, input: context.names.next('points') }, at: index };
      }),
};
