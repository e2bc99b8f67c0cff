// 分项累加: the points of every item a unit reached, summed.
import { fen, fen2, listOf } from '../amounts';
import type { TermSpec } from '../term-spec';
import { itemProblems, itemsText, readItems } from './items';

export const itemSumTerm: TermSpec<'itemSum'> = {
  label: '分项累加',
  inputs: (term) => [{ name: term.input, kind: 'items', label: '达到的分项', choices: term.items.map((item) => item.label) }],
  crossUnit: () => null,
  validate: (term, maxPoints) => {
    const total = term.items.reduce((sum, item) => sum + item.points, 0);
    return [...itemProblems(term.items, '分项'), ...(total > maxPoints ? [`各分项合计 ${fen(total)}超过分值 ${fen(maxPoints)}`] : [])];
  },
  points: (term, values) => listOf(values, term.input).reduce((sum, n) => sum + (term.items[n - 1]?.points ?? 0), 0),
  explain: (term, values) => {
    const chosen = listOf(values, term.input)
      .map((n) => term.items[n - 1])
      .filter((item) => item !== undefined);
    return chosen.length === 0 ? '未达到任何分项' : chosen.map((item) => `${item.label} ${fen2(item.points)}`).join('；');
  },
  summary: (term) => `以下各项累加，${itemsText(term.items)}`,
  recognise: (segment, context) => {
    const read = readItems(segment);
    if (!read || read.marker === 'levels') return [];
    const increasing = read.items.every((item, index) => index === 0 || item.points > read.items[index - 1]!.points);
    if (read.marker === null && read.items.length >= 2 && increasing) return [];
    return [{ term: { kind: 'itemSum', input: context.names.next('items'), items: read.items }, at: read.at }];
  },
};
