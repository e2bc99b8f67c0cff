// Reading per-count clauses (每发现一例扣0.5分, 计2分/次, 每完成一件加1分) shared by the
// occurrence and deduction kinds.
import type { Rate } from '../../domain/rule-model';
import { fen, fen2 } from '../amounts';
import { ADD, AWARD, COUNTER, DEDUCT, holdsAmount, hundredths, NUM } from '../reader/patterns';
import type { ReadContext, Segment } from '../term-spec';
import { consume } from './clauses';

const VERB = `(${DEDUCT}|${ADD}|${AWARD})`;
const EACH = new RegExp(`^(.*?)(?:每(?:一|1)?${COUNTER}?|(?:发现|出现|存在|查实|查出|有)(?:一|1)${COUNTER})(.*?)${VERB}${NUM}分$`);
const PER_TIME = new RegExp(`^(.*?)${VERB}${NUM}分\\/${COUNTER}(?:\\([^)]*\\))?$`);
const EACH_NO_VERB = new RegExp(`^(.*?)每(?:一|1)?${COUNTER}${NUM}分$`);
/** A fact taken or given for once (未建立工作台账的扣1分; 未按要求报送的，扣0.5分). */
const ONCE = new RegExp(`^(.+?)的,?(${DEDUCT}|${ADD})${NUM}分$`);
const ONCE_ALONE = new RegExp(`^(${DEDUCT}|${ADD})${NUM}分$`);
const ONCE_LABEL = /^(.{2,40})的$/;

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
    if (!each && !perTime && !noVerb) {
      const once = onceClause(segment, index, context);
      if (once) found.push(once);
      return;
    }
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

/**
 * A clause that takes or gives points once for a fact, consumed with the clause naming the fact
 * when that one stands before it (未按要求报送的，扣0.5分). Null for anything else, and for a
 * clause that counts (每…) — those are per-count.
 */
function onceClause(segment: Segment, index: number, context: ReadContext): PerCountClause | null {
  const text = segment.clauses[index]!.text;
  if (/每|\/(?:次|件|个)/.test(text)) return null;
  const own = ONCE.exec(text);
  const previous = segment.clauses[index - 1];
  const alone = own ? null : ONCE_ALONE.exec(text);
  const named = alone && previous && !previous.used && !holdsAmount(previous.text) ? ONCE_LABEL.exec(previous.text) : null;
  if (!own && !named) return null;
  const [label, verb, amount] = own ? [own[1]!, own[2]!, own[3]!] : [named![1]!, alone![1]!, alone![2]!];
  if (/每|\d+(?:\.\d+)?分/.test(label)) return null;
  consume(segment, index, ...(own ? [] : [index - 1]));
  const rate: Rate = { input: context.names.next('flag'), label: label.replace(/^[,、]+/, ''), per: hundredths(amount), once: true };
  return { index, sign: signOf(verb), rate };
}

/** "国务院通报每次扣1分，省级通报的扣0.5分" — the canonical wording of rates (once: 的…). */
export function ratesText(rates: Rate[], verb: '扣' | '加'): string {
  return rates.map((rate) => `${rate.label}${rate.once ? '的' : '每次'}${verb}${fen(rate.per)}`).join('，');
}

/** One rate in an explanation: "逾期办件 2 次 × 0.50分", or for a fact counted once "未建立台账（1.00分）". */
export function rateExplained(rate: Rate, count: number, named: boolean): string {
  if (rate.once) return count > 0 ? `${rate.label}（${fen2(rate.per)}）` : `${rate.label}：否`;
  return `${named && rate.label ? `${rate.label} ` : ''}${count} 次 × ${fen2(rate.per)}`;
}

/** The input a rate asks for: a count, or a yes/no flag for a fact counted once. */
export function rateInput(rate: Rate): { name: string; kind: 'count' | 'flag'; label: string } {
  return { name: rate.input, kind: rate.once ? 'flag' : 'count', label: rate.label || '次数' };
}
