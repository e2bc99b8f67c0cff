// 基础分: fixed points every unit starts from.
import { fen } from '../amounts';
import { hundredths, NUM } from '../reader/patterns';
import type { TermSpec } from '../term-spec';
import { consume, matching } from './clauses';

const BASE = new RegExp(`^(?:本项|该项)?(?:基础分|基本分|基准分)(?:为|是|设为)?${NUM}分$`);

export const baseTerm: TermSpec<'base'> = {
  label: '基础分',
  inputs: () => [],
  crossUnit: () => null,
  validate: (term, maxPoints) => (term.points > maxPoints ? [`基础分 ${fen(term.points)}超过分值 ${fen(maxPoints)}`] : []),
  points: (term) => term.points,
  explain: (term) => `基础分 ${fen(term.points)}`,
  summary: (term) => `基础分${fen(term.points)}`,
  recognise: (segment) =>
    matching(segment, BASE).map(({ index, match }) => {
      consume(segment, index);
      return { term: { kind: 'base' as const, points: hundredths(match[1]!) }, at: index };
    }),
};
