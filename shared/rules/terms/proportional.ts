// 等比例计分: points × value ÷ the full value (满意度 90 of 100 → 90 % of the points).
import { scaledPoints, toMicros } from '../../numbers/exact-value';
import { fen, fen2, numberOf, valueText } from '../amounts';
import { hundredths, NUM } from '../reader/patterns';
import type { TermSpec } from '../term-spec';
import { consume, matching } from './clauses';

const CANONICAL = new RegExp(`^按测得值与满值${NUM}的比例计${NUM}分$`);
const PROPORTIONAL = /等比例|按比例(?:计分|折算|得分)|比例计分/;
const PERCENT_MEASURE = /满意度|满意率|[率%％]|百分/;
const FULL_VALUE = new RegExp(`(?:满分|总分)为?${NUM}分的?(?:平均分|满意度)`);
/** A rate times the points (得分=实际完成率×本项分值; 满意度×10; 以完成率乘以分值计分). */
const FORMULA = new RegExp(
  `^(?:以|按)?(?:[^=＝]{0,12}?得分[=＝])?[^=＝×*]{0,16}?(?:率|满意度|比例)(?:[×xX*]|乘以)(?:本项|该项|本指标)?(?:分值|满分|${NUM}分?)(?:计分|得分)?$`,
);
/** The words that only say a rate is scored by proportion, beside the formula (按完成率计分). */
const FORMULA_WORDS = /^(?:按|以)(?:照)?(?:实际)?[^,\d]{0,8}(?:率|比例)(?:计分|得分)$/;

export const proportionalTerm: TermSpec<'proportional'> = {
  label: '等比例计分',
  inputs: (term) => [{ name: term.input, kind: 'value', label: '测得值' }],
  crossUnit: () => null,
  validate: (term) => (term.fullValue <= 0 ? ['满值应大于 0'] : []),
  points: (term, values) => scaledPoints(term.points, toMicros(numberOf(values, term.input)), toMicros(term.fullValue)),
  explain: (term, values, _stats, _index, points) =>
    `${valueText(numberOf(values, term.input))} ÷ ${term.fullValue} × ${fen2(term.points)} = ${fen2(points)}`,
  summary: (term) => `按测得值与满值${valueText(term.fullValue)}的比例计${fen(term.points)}`,
  recognise: (segment, context) => {
    const formula = matching(segment, FORMULA)[0];
    if (formula) {
      consume(segment, formula.index);
      segment.clauses.forEach((clause) => {
        if (!clause.used && FORMULA_WORDS.test(clause.text)) clause.used = true;
      });
      const stated = formula.match[1] ? hundredths(formula.match[1]) : null;
      const term = {
        kind: 'proportional' as const,
        input: context.names.next('value'),
        fullValue: 100,
        points: stated ?? context.segmentPoints ?? context.maxPoints,
      };
      return [{ term, at: formula.index }];
    }
    const canonical = matching(segment, CANONICAL)[0];
    if (canonical) {
      consume(segment, canonical.index);
      const term = {
        kind: 'proportional' as const,
        input: context.names.next('value'),
        fullValue: Number(canonical.match[1]),
        points: hundredths(canonical.match[2]!),
      };
      return [{ term, at: canonical.index }];
    }
    const found = matching(segment, PROPORTIONAL)[0];
    if (!found) return [];
    const full = segment.clauses.map((clause) => FULL_VALUE.exec(clause.text)).find((match) => match);
    // Without a stated full value, 100 holds only for a rate or a satisfaction score; otherwise the
    // clause stays unread (待核对) so a person says what the proportion is taken of.
    const ofHundred = full !== undefined || PERCENT_MEASURE.test(`${context.name}${segment.clauses.map((clause) => clause.text).join('')}`);
    if (ofHundred) consume(segment, found.index);
    // A clause that only names what is measured (计算各地满意度平均分) belongs to this term; one that
    // scores (平均值以上得满分) does not, and stays for another term or the 待核对 list.
    segment.clauses.forEach((clause) => {
      if (!clause.used && /平均分|平均值|满意度/.test(clause.text) && !/\d|得|扣|加|以上|以下|高于|低于|满分/.test(clause.text))
        clause.used = true;
    });
    const term = {
      kind: 'proportional' as const,
      input: context.names.next('value'),
      fullValue: full ? Number(full[1]) : 100,
      points: context.segmentPoints ?? context.maxPoints,
    };
    return [{ term, at: found.index }];
  },
};
