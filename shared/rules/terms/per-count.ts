// Reading per-count clauses (每发现一例扣0.5分, 计2分/次, 每完成一件加1分) shared by the
// occurrence and deduction kinds.
import type { Rate } from '../../domain/rule-model';
import { fen } from '../amounts';
import { ADD, AWARD, COUNTER, DEDUCT, holdsAmount, hundredths, NUM } from '../reader/patterns';
import type { ReadContext, Segment } from '../term-spec';
import { consume } from './clauses';

const VERB = `(${DEDUCT}|${ADD}|${AWARD})`;
const EACH = new RegExp(`^(.*?)(?:每(?:一|1)?${COUNTER}?|(?:发现|出现|存在|查实|查出|有)(?:一|1)${COUNTER})(.*?)${VERB}${NUM}分$`);
const PER_TIME = new RegExp(`^(.*?)${VERB}${NUM}分\\/${COUNTER}(?:\\([^)]*\\))?$`);
const EACH_NO_VERB = new RegExp(`^(.*?)每(?:一|1)?${COUNTER}${NUM}分$`);

export type PerCountClause = { index: number; sign: 1 | -1; rate: Rate };

const DEDUCT_ONLY = new RegExp(`^${DEDUCT}$`);
const signOf = (verb: string): 1 | -1 => (DEDUCT_ONLY.test(verb) ? -1 : 1);

/** The label of what is counted: the clause's own words, with a wordy clause just before it. */
function labelOf(segment: Segment, index: number, words: string): string {
  const own = words
    .replace(/^[,:]+|[,的]+$/g, '')
    .replace(/的(?=每)/, '')
    .replace(
      new RegExp(
        `^(?:发现|出现|存在|查实|查出|有)?(?:一|1)?${COUNTER}(?=$|[^\\u4e00-\\u9fff])|^(?:发现|出现|存在|查实|查出|有)(?:一|1)${COUNTER}`,
      ),
      '',
    )
    .replace(/^[,的]+/, '');
  const previous = segment.clauses[index - 1];
  if (previous && !previous.used && !holdsAmount(previous.text) && (own === '' || /[未不没漏违迟超逾被]/.test(previous.text))) {
    consume(segment, index - 1);
    return `${previous.text.replace(/的$/, '')}${own ? `，${own}` : ''}`;
  }
  return own;
}

/**
 * Every unused per-count clause of a segment, consumed, in order. A clause whose counted words hold
 * a number other than one (每超过5%) counts steps of that size; its label says so.
 */
export function perCountClauses(segment: Segment, context: ReadContext): PerCountClause[] {
  const found: PerCountClause[] = [];
  segment.clauses.forEach((clause, index) => {
    if (clause.used) return;
    const each = EACH.exec(clause.text);
    const perTime = each ? null : PER_TIME.exec(clause.text);
    const noVerb = each || perTime ? null : EACH_NO_VERB.exec(clause.text);
    if (!each && !perTime && !noVerb) return;
    consume(segment, index);
    const [words, verb, amount] = each
      ? [`${each[1]}${each[2]}`, each[3]!, each[4]!]
      : perTime
        ? [perTime[1]!, perTime[2]!, perTime[3]!]
        : [noVerb![1]!, '得', noVerb![2]!];
    found.push({
      index,
      sign: signOf(verb),
      rate: { input: context.names.next('count'), label: labelOf(segment, index, words), per: hundredths(amount) },
    });
  });
  return found;
}

/** "国务院通报每次扣1分，省级通报每次扣0.5分" — the canonical wording of rates. */
export function ratesText(rates: Rate[], verb: '扣' | '加'): string {
  return rates.map((rate) => `${rate.label}每次${verb}${fen(rate.per)}`).join('，');
}
