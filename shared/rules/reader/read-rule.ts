// The rule reader: a 评分标准 → a composed rule, or a flag. Every clause holding a number or a
// points word must be consumed by a term or a modifier; what is left is shown as unread and the
// indicator asks for review (待核对). A reading is complete or flagged, never partial and silent.
import type { DataSource, Direction } from '../../domain/indicator-system';
import type { ComposedRule, DeductionTerm, LinearCutoff, OccurrenceTerm, Term } from '../../domain/rule-model';
import { pointsText } from '../amounts';
import { inputNames } from '../input-names';
import { READING_ORDER, specOf, TERM_KINDS } from '../registry';
import type { ReadContext, Segment, TermSpec } from '../term-spec';
import { normaliseRuleText } from './normalise';
import { holdsAmount, hundredths, NUM } from './patterns';
import { type ReadSegment, segmentsOf } from './segments';

/** What the reader made of a text: the rule, a data source named in it, the clauses it used and left, and warnings. */
export type RuleReading = {
  rule: ComposedRule;
  dataSource: DataSource | null;
  used: string[];
  unread: string[];
  warnings: string[];
};

type Placed = { term: Term; at: number };

const FLOOR_ZERO =
  /^(?:扣完为止|扣至0分为止|扣满为止|扣完本项分值为止|扣完该项分值为止|直至扣完|最低(?:为|得)?0分|不低于0分|扣完(?:该项|本项)?分值?为止)$/;
const NO_FLOOR = /^(?:扣分不封顶|不封顶|(?:可|实行)?倒扣(?:分)?|可扣至负分|扣分不设上限|可倒扣)$/;
const CAP = new RegExp(
  `^(?:本项|该项|本指标)?(?:累计)?(?:(?:最多|最高)(?:可)?(扣除|扣减|扣|减|加|得|计)?(?:至)?|(扣分|减分|加分)(?:累计|合计|总计)?(?:最多|最高)?(?:封顶|上限为?|不超过|最高不超过)?|(?:封顶|上限为?|最高不超过))${NUM}分(?:为止|封顶)?$`,
);
const RULE_CEILING = new RegExp(`^(?:本项|该项|本指标)(?:最高|最多|满分|封顶)(?:为|得)?${NUM}分$`);
const DEPARTMENT = /^由(.{2,20}?)(?:根据[^,。]*)?(?:评分|打分|赋分|考核|评定)$/;
const CUMULATIVE = /累计|合计|总计/;
const CAPPABLE = new Set<Term['kind']>(['occurrence', 'linear', 'deduction']);

function recogniseSegment(segment: Segment, context: ReadContext): Placed[] {
  const placed: Placed[] = [];
  for (const kind of READING_ORDER) {
    const spec = TERM_KINDS[kind] as TermSpec<typeof kind>;
    placed.push(...(spec.recognise(segment, context) as Placed[]));
  }
  return placed;
}

/** Caps, floors and ceilings written after a term, applied in clause order. */
function applyModifiers(segment: Segment, placed: Placed[], rule: { floor: number | null; ceiling: number | null }): void {
  segment.clauses.forEach((clause, index) => {
    if (clause.used) return;
    if (FLOOR_ZERO.test(clause.text)) {
      rule.floor = 0;
      clause.used = true;
      return;
    }
    if (NO_FLOOR.test(clause.text)) {
      rule.floor = null;
      clause.used = true;
      return;
    }
    const ceiling = RULE_CEILING.exec(clause.text);
    if (ceiling) {
      rule.ceiling = hundredths(ceiling[1]!);
      clause.used = true;
      return;
    }
    const cap = CAP.exec(clause.text);
    if (!cap) return;
    const verb = cap[1] ?? cap[2] ?? '';
    const wanted = /扣|减/.test(verb) ? -1 : /加/.test(verb) ? 1 : 0;
    const capped = placed.filter(({ term, at }) => at < index && CAPPABLE.has(term.kind) && (wanted === 0 || signOf(term) === wanted));
    if (CUMULATIVE.test(clause.text) && capped.length > 1) {
      // 加分累计不超过8分 after several bonus terms caps their sum: the rule's ceiling when they are
      // the whole rule; beside other terms the model has no group cap, so the clause stays unread.
      if (wanted === -1 || capped.length !== placed.length) return;
      rule.ceiling = hundredths(cap[3]!);
      clause.used = true;
      return;
    }
    const target = capped.at(-1);
    if (target && (target.term.kind === 'occurrence' || target.term.kind === 'linear' || target.term.kind === 'deduction'))
      target.term.cap = hundredths(cap[3]!);
    else rule.ceiling = hundredths(cap[3]!);
    clause.used = true;
  });
}

const signOf = (term: Term): number =>
  term.kind === 'deduction' ? -1 : term.kind === 'occurrence' || term.kind === 'linear' ? term.sign : 1;

/**
 * 达成得分 beside per-count deductions (按时报送得2分，每迟报1天扣0.2分): read as an item scored
 * when met plus deductions, a missed item loses its points *and* is deducted — where the text
 * means 2 points less the deductions, that is wrong. Both readings are plausible, so it is flagged.
 */
function metAndDeductedWarnings(placed: Placed[]): string[] {
  const sums = placed.flatMap(({ term }) => (term.kind === 'itemSum' ? [term] : []));
  const deducts = placed.some(({ term }) => term.kind === 'occurrence' && term.sign === -1);
  const hasBase = placed.some(({ term }) => term.kind === 'base');
  if (!deducts || hasBase || sums.length !== 1 || sums[0]!.items.length !== 1) return [];
  const [item] = sums[0]!.items;
  return [
    `“${item!.label}”得${pointsText(item!.points)}分与按次扣分同列，已按“达成得分、另行扣分”计（未达成时不得该分，且照扣）；若意为以${pointsText(item!.points)}分为基础按次扣减，请在规则中改为基础分，请核对。`,
  ];
}

/**
 * A band list that only ever gives 0 (低于85%不得分) beside another term is a cut-off the sum cannot
 * express: added to a linear deduction it leaves that deduction's points standing (84 → 2.80, not
 * 0). Output: one warning per such band list, so the indicator is 待核对.
 */
/**
 * A linear deduction and one band that gives 0 past it (满意度达到95%得满分，每降低1个百分点扣0.2分，
 * 低于85%不得分): the band is the deduction's cut-off, so below 85 the indicator scores 0, not
 * what the deduction leaves. Only when those two are the whole reading; otherwise unchanged (and
 * cutOffWarnings flags the band).
 */
function withCutoff(placed: Placed[]): Placed[] {
  const linear = placed.find((entry) => entry.term.kind === 'linear');
  const banded = placed.find((entry) => entry.term.kind === 'bands');
  if (placed.length !== 2 || linear?.term.kind !== 'linear' || banded?.term.kind !== 'bands' || linear.term.sign !== -1) return placed;
  const [band, ...more] = banded.term.bands;
  if (!band || more.length > 0 || band.points !== 0 || (band.min === null) === (band.max === null)) return placed;
  const cutoff: LinearCutoff =
    band.min === null
      ? { past: 'below', value: band.max!, inclusive: band.maxInclusive }
      : { past: 'above', value: band.min, inclusive: band.minInclusive };
  const threshold = linear.term.threshold;
  if (threshold.kind !== 'fixed' || cutoff.past !== linear.term.side) return placed;
  if (cutoff.past === 'below' ? cutoff.value >= threshold.value : cutoff.value <= threshold.value) return placed;
  return [{ term: { ...linear.term, cutoff }, at: Math.max(linear.at, banded.at) }];
}

function cutOffWarnings(placed: Placed[]): string[] {
  if (placed.length < 2) return [];
  return placed
    .filter((entry) => entry.term.kind === 'bands' && entry.term.bands.every((band) => band.points === 0))
    .map(() => '“不得分”的界限与其他计分相加，不会使本项为 0 分；若意为越过该界限本项不得分，请在规则中设为一票否决，请核对。');
}

/**
 * Base and per-count deductions of one sub-item become one deduction term: base from 基础分, the
 * sub-item's own 分值, or (for a one-item rule) the indicator's 分值. In a rule of several
 * sub-items, a sub-item's deduction stops at its own 分值 ((0.5分), 共1分).
 */
function fold(read: Placed[], segment: ReadSegment, context: ReadContext, several: boolean, warnings: string[]): Placed[] {
  const full = segment.points ?? context.maxPoints;
  const placed = withCutoff(read);
  warnings.push(...cutOffWarnings(placed), ...metAndDeductedWarnings(placed));
  const banded = placed.find((entry) => entry.term.kind === 'bands');
  const baseEntry = placed.find((entry) => entry.term.kind === 'base');
  if (
    banded?.term.kind === 'bands' &&
    baseEntry?.term.kind === 'base' &&
    baseEntry.term.points + Math.max(...banded.term.bands.map((band) => band.points)) > full
  ) {
    warnings.push(`基础分 ${pointsText(baseEntry.term.points)} 分与分档得分相加会超过分值，已只按分档计分，请核对。`);
    return placed.filter((entry) => entry !== baseEntry);
  }
  const deductions = placed.filter(
    (entry): entry is { term: OccurrenceTerm; at: number } => entry.term.kind === 'occurrence' && entry.term.sign === -1,
  );
  const bases = placed.filter((entry) => entry.term.kind === 'base');
  const others = placed.filter((entry) => !deductions.includes(entry as never) && !bases.includes(entry) && entry.term.kind !== 'veto');
  if (deductions.length === 0 || others.length > 0 || bases.length > 1) return placed;
  const base = bases[0]?.term.kind === 'base' ? bases[0].term.points : (segment.points ?? (several ? null : context.maxPoints));
  if (base === null) return placed;
  const rates = deductions.flatMap((entry) => entry.term.rates);
  const caps = deductions.map((entry) => entry.term.cap).filter((cap): cap is number => cap !== null);
  const ownPoints = several && bases.length === 0 && segment.points !== null;
  const term: DeductionTerm = { kind: 'deduction', base, rates, cap: caps.length > 0 ? Math.min(...caps) : ownPoints ? base : null };
  const at = Math.min(...[...deductions, ...bases].map((entry) => entry.at));
  return [...placed.filter((entry) => entry.term.kind === 'veto'), { term, at }];
}

/** Direction of a measured value: stated (由短到长/由高到低…) or inferred from what is measured. */
export function directionOf(text: string, name: string): Direction {
  if (/由(?:短|少|低|小)到(?:长|多|高|大)|越(?:短|少|低|小)越好/.test(text)) return 'lowerBetter';
  if (/由(?:长|多|高|大)到(?:短|少|低|小)|越(?:长|多|高|大)越好/.test(text)) return 'higherBetter';
  const lower = /周期|用时|时间|时长|天数|时限|逾期|超时|成本|费用|环节|材料|跑动|次数/;
  if (lower.test(name)) return 'lowerBetter';
  if (/比例|占比|比率|率|数量|满意度/.test(name)) return 'higherBetter';
  return lower.test(text) ? 'lowerBetter' : 'higherBetter';
}

/**
 * Reads a 评分标准. Input: the text, the indicator's name (for the direction of a measure) and 分值
 * (hundredths). Output: the composed rule, the data source it names (由…评分), the clauses used and
 * unread, and warnings in Chinese — non-empty whenever the indicator must be reviewed (待核对):
 * unread clauses with a number or points word, term problems (item labels that are number
 * fragments, items past the 分值, band gaps or overlaps…), or nothing read at all (then a manual
 * rule). Never throws.
 */
export function readRule(text: string, name: string, maxPoints: number): RuleReading {
  const normal = normaliseRuleText(text);
  const direction = directionOf(normal, name);
  const names = inputNames();
  const segments = segmentsOf(normal);
  const several = segments.length > 1;
  const clamp: { floor: number | null; ceiling: number | null } = { floor: 0, ceiling: null };
  let department: string | null = null;
  const terms: Term[] = [];
  const foldWarnings: string[] = [];
  for (const segment of segments) {
    for (const clause of segment.clauses) {
      const named = clause.used || /\d/.test(clause.text) ? null : DEPARTMENT.exec(clause.text);
      if (named) {
        department = named[1]!;
        clause.used = true;
      }
    }
    const context: ReadContext = { maxPoints, name, direction, names, segmentPoints: segment.points };
    const placed = recogniseSegment(segment, context);
    applyModifiers(segment, placed, clamp);
    terms.push(
      ...fold(placed, segment, context, several, foldWarnings)
        .sort((a, b) => a.at - b.at)
        .map((entry) => entry.term),
    );
  }
  const clauses = segments.flatMap((segment) => segment.clauses);
  const unread = clauses.filter((clause) => !clause.used && holdsAmount(clause.text)).map((clause) => clause.text);
  const dataSource: DataSource | null = department ? { kind: 'department', department } : null;
  const rule: ComposedRule = {
    kind: 'composed',
    terms: terms.length > 0 ? terms : [{ kind: 'manual', input: names.next('points') }],
    floor: clamp.floor,
    ceiling: clamp.ceiling,
  };
  const warnings = [
    ...(terms.length === 0 && !department ? [`未能识别“${name}”的评分标准，已按人工评分处理，请核对。`] : []),
    ...unread.map((part) => `评分标准中“${part}”未能识别，请核对。`),
    ...foldWarnings,
    ...validateTerms(rule, maxPoints),
  ];
  return { rule, dataSource, used: clauses.filter((clause) => clause.used).map((clause) => clause.text), unread, warnings };
}

/** Every term's problems, and the rule's own (ceiling above the 分值). */
export function validateTerms(rule: ComposedRule, maxPoints: number): string[] {
  return [
    ...rule.terms.flatMap((term) => specOf(term).validate(term, maxPoints)),
    ...(rule.ceiling !== null && rule.ceiling > maxPoints && maxPoints > 0 ? [`最高分超过分值`] : []),
  ];
}
