// 条件计分: points by a yes/no fact of the unit (已建立…的得1分，否则不得分).
import type { ConditionTerm } from '../../domain/rule-model';
import { fen, fen2 } from '../amounts';
import { hundredths, NUM } from '../reader/patterns';
import type { TermSpec } from '../term-spec';
import { consume } from './clauses';

const WHEN = new RegExp(`^(.+?)的,?(?:得|计)${NUM}分$`);
const OTHERWISE = new RegExp(`^(?:否则|反之|未[^,]*?的?|没有[^,]*?的?|不[^,]*?的?),?(?:(不得分|得0分|计0分)|(?:得|计)${NUM}分)$`);

export const conditionTerm: TermSpec<'condition'> = {
  label: '条件计分',
  inputs: (term) => [{ name: term.input, kind: 'flag', label: term.label }],
  crossUnit: () => null,
  validate: (term, maxPoints) => (Math.max(term.yes, term.no) > maxPoints ? [`条件“${term.label}”的分值超过分值 ${fen(maxPoints)}`] : []),
  points: (term, values) => (values[term.input] === 1 ? term.yes : term.no),
  explain: (term, values, _stats, _index, points) => `${values[term.input] === 1 ? '' : '未满足：'}${term.label}，得 ${fen2(points)}`,
  summary: (term) => `${term.label}的得${fen(term.yes)}，否则得${fen(term.no)}`,
  recognise: (segment, context) => {
    const found: Array<{ term: ConditionTerm; at: number }> = [];
    segment.clauses.forEach((clause, index) => {
      const next = segment.clauses[index + 1];
      if (clause.used || !next || next.used) return;
      const when = WHEN.exec(clause.text);
      const otherwise = when ? OTHERWISE.exec(next.text) : null;
      if (!when || !otherwise || /^(?:未|没有|不)/.test(when[1]!)) return;
      consume(segment, index, index + 1);
      const term = {
        kind: 'condition' as const,
        input: context.names.next('flag'),
        label: when[1]!,
        yes: hundredths(when[2]!),
        no: otherwise[2] ? hundredths(otherwise[2]) : 0,
      };
      found.push({ term, at: index + 1 });
    });
    return found;
  },
};
