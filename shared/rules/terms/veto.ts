// 一票否决: when a fact holds, zero for the indicator, its category or the total. A lone
// "未完成的不得分" is a veto of the indicator.
import type { VetoScope, VetoTerm } from '../../domain/rule-model';
import { holdsAmount } from '../reader/patterns';
import type { TermSpec } from '../term-spec';
import { consume } from './clauses';

const SCOPE_TEXT: Record<VetoScope, string> = { indicator: '本指标为0分', category: '所在类别为0分', total: '总分为0分' };
const NOT_DONE = /^((?:未|没有|不|发生|出现|存在|被)[^\d]*?)的?,?(?:本项|该项|本指标|此项)?(?:不得分|得0分|计0分)$/;

function scopeOf(text: string): VetoScope {
  if (/类别|大类|一级指标|板块|该类/.test(text)) return 'category';
  if (/总分|总得分|全部得分|考核结果|评价结果|年度考核|考核等次|整体/.test(text)) return 'total';
  return 'indicator';
}

export const vetoTerm: TermSpec<'veto'> = {
  label: '一票否决',
  inputs: (term) => [{ name: term.input, kind: 'flag', label: term.label }],
  crossUnit: () => null,
  validate: (term) => (term.label ? [] : ['一票否决没有写明情形']),
  points: () => 0,
  explain: (term, values) => (values[term.input] === 1 ? `${term.label}，一票否决（${SCOPE_TEXT[term.scope]}）` : ''),
  summary: (term) => `${term.label}的，一票否决（${SCOPE_TEXT[term.scope]}）`,
  recognise: (segment, context) => {
    const found: Array<{ term: VetoTerm; at: number }> = [];
    segment.clauses.forEach((clause, index) => {
      if (clause.used) return;
      const notDone = /一票否决/.test(clause.text) ? null : NOT_DONE.exec(clause.text);
      if (!/一票否决/.test(clause.text) && !notDone) return;
      const before = clause.text.split(/一票否决/)[0]!.replace(/^(?:实行|予以|实施)|(?:的|,|\(|实行|予以|实施)+$/g, '');
      let label = notDone ? notDone[1]! : /\d|得分|为0/.test(before) ? '' : before;
      const previous = segment.clauses[index - 1];
      if (!label && previous && !previous.used && !holdsAmount(previous.text)) {
        label = previous.text.replace(/的$/, '');
        consume(segment, index - 1);
      }
      consume(segment, index);
      const scope = notDone ? 'indicator' : scopeOf(clause.text);
      found.push({ term: { kind: 'veto', input: context.names.next('flag'), label: label.replace(/的$/, ''), scope }, at: index });
    });
    return found;
  },
};
