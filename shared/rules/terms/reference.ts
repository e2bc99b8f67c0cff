// 同上: the rule of the row above, its amounts × a factor (加倍 = 2, 减半 = 0.5). Resolved when the
// indicator system is built (../reader/resolve-references.ts); unresolved it asks for review.
import { NUM } from '../reader/patterns';
import type { TermSpec } from '../term-spec';
import { consume, matching } from './clauses';

const SAME = /同上|参照上(?:一)?(?:项|行|条|款|指标)|同前(?:项)?/;
const FACTOR = new RegExp(`加倍|减半|按${NUM}倍`);

export const referenceTerm: TermSpec<'reference'> = {
  label: '引用上一行',
  inputs: () => [],
  crossUnit: () => null,
  validate: () => ['计分方法引用上一行，尚未找到可引用的规则'],
  points: () => 0,
  explain: () => '计分方法同上（未解析）',
  summary: (term) => `计分方法同上${term.factor === 1 ? '' : `，按${term.factor}倍计分`}`,
  recognise: (segment) => {
    const same = matching(segment, SAME)[0];
    if (!same) return [];
    let factor = 1;
    for (const { index, match } of matching(segment, FACTOR)) {
      factor = match[0] === '加倍' ? 2 : match[0] === '减半' ? 0.5 : Number(match[1]);
      consume(segment, index);
    }
    consume(segment, same.index);
    return [{ term: { kind: 'reference', factor }, at: same.index }];
  },
};
