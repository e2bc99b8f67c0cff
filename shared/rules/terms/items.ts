// Reading labelled items (制定出台了年度工作方案的，计1分) for the itemSum and levels kinds, and
// the sanity checks both share.
import type { RuleItem } from '../../domain/indicator-system';
import { fen } from '../amounts';
import { asChineseLabel } from '../reader/normalise';
import { holdsAmount, hundredths, NUM } from '../reader/patterns';
import type { Segment } from '../term-spec';
import { consume } from './clauses';

const ITEM = new RegExp(`^(.*?)(?:的)?,?(?:得|计|赋)${NUM}分$`);
export const SUM_MARKER = /^(?:以下各项累加|各项累加计分|可累加|分项累加)$/;
export const LEVEL_MARKER = /^(?:按达到的最高一档计分|就高计分|不累加|取最高档)$/;

export type ReadItems = { items: RuleItem[]; at: number; marker: 'sum' | 'levels' | null };

/** The labelled items of a segment (consumed), a wordy clause before a bare 计1分 being its label. */
export function readItems(segment: Segment): ReadItems | null {
  const items: RuleItem[] = [];
  let at = -1;
  let marker: ReadItems['marker'] = null;
  segment.clauses.forEach((clause, index) => {
    if (clause.used) return;
    if (SUM_MARKER.test(clause.text) || LEVEL_MARKER.test(clause.text)) {
      marker = SUM_MARKER.test(clause.text) ? 'sum' : 'levels';
      consume(segment, index);
      return;
    }
    const match = ITEM.exec(clause.text);
    if (!match) return;
    let label = match[1]!.replace(/^[,、]+|[,的]+$/g, '');
    const previous = segment.clauses[index - 1];
    if (!label && previous && !previous.used && !holdsAmount(previous.text)) {
      label = previous.text.replace(/的$/, '');
      consume(segment, index - 1);
    }
    if (!label || /^(?:累计)?(?:最高|最多|最低|封顶|上限)(?:可|为)?$/.test(label)) return;
    items.push({ label: asChineseLabel(label), points: hundredths(match[2]!) });
    consume(segment, index);
    at = index;
  });
  return items.length === 0 ? null : { items, at, marker };
}

/** Whether a label is a fragment of numbers rather than words (…第1-3名依次, 3分、1分，其余). */
export function isNumberFragment(label: string): boolean {
  return /\d\s*$|^\s*[\d、,.分]|依次|分别|其余|其他|名次?$|^(?![A-Za-z]$)[^\u4e00-\u9fff]*$/.test(label);
}

/** Problems of a list of items, in Chinese. */
export function itemProblems(items: readonly RuleItem[], what: string): string[] {
  return [
    ...(items.length === 0 ? [`${what}没有条目`] : []),
    ...items.filter((item) => isNumberFragment(item.label)).map((item) => `${what}“${item.label}”像是数字的片段，请核对`),
  ];
}

/** "A得1分，B得0.5分". */
export const itemsText = (items: readonly RuleItem[]): string => items.map((item) => `${item.label}得${fen(item.points)}`).join('，');
