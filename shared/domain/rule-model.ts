// The composable rule model: a rule is terms summed, then clamped to a floor and a ceiling.
// Amounts are integer hundredths of a point (0.5分 = 50); measured values are numbers as written
// (65 for 65%), compared and divided exactly (see ../numbers/exact-value.ts).

/** Which way a measured value is better: more (办件比例) or less (报建周期, 用时). */
export type Direction = 'higherBetter' | 'lowerBetter';

/** One band of a bands rule; a null bound is open. Points in hundredths. */
export type Band = {
  min: number | null;
  minInclusive: boolean;
  max: number | null;
  maxInclusive: boolean;
  points: number;
};

/** A labelled item of a sum or levels rule. Points in hundredths. */
export type RuleItem = { label: string; points: number };

/** What an input holds: points given by a person, a count, a measured value, ticked items, a level, a yes/no fact (1/0). */
export type InputKind = 'points' | 'count' | 'value' | 'items' | 'level' | 'flag';

/** A named input a rule declares; `choices` are the labels of items or levels. */
export type RuleInput = { name: string; kind: InputKind; label: string; choices?: string[] };

/** One unit's inputs by name. */
export type UnitValues = Readonly<Record<string, number | number[] | undefined>>;

/**
 * An input as given: points, a count, a measured value, ticked item numbers (1-based), a level —
 * or, for a rule with several inputs, an object of those by input name (flags are 1 / 0).
 */
export type InputValue = number | number[] | { [name: string]: number | number[] };

/**
 * A rate of a per-count term: `per` hundredths for each occurrence counted in `input`; with
 * `once`, the fact counts at most once (未建立台账的扣1分) and `input` is a yes/no flag.
 */
export type Rate = { input: string; label: string; per: number; once?: boolean };

/** The threshold of a linear term: a fixed number, or the average of all units plus an offset. */
export type Threshold = { kind: 'fixed'; value: number } | { kind: 'average'; plus: number };

/** A range of ranks (1-based, inclusive), counted from the top or from the bottom. */
export type RankRange = { from: number; to: number; fromBottom: boolean; points: number };

/** Where a veto (一票否决) zeroes points. */
export type VetoScope = 'indicator' | 'category' | 'total';

export type ManualTerm = { kind: 'manual'; input: string };
export type BaseTerm = { kind: 'base'; points: number };
/** Base minus per-count deductions; the deduction capped at `cap` (null: no own cap). */
export type DeductionTerm = { kind: 'deduction'; base: number; rates: Rate[]; cap: number | null };
/** Per-count points added (sign 1) or taken (sign −1), capped at `cap`. */
export type OccurrenceTerm = { kind: 'occurrence'; sign: 1 | -1; rates: Rate[]; cap: number | null };
/**
 * Linear in a value against a threshold: `base` at or beyond the threshold; per `step` of the gap on
 * `side` (below / above) `per` hundredths are added (sign 1) or taken (−1), capped at `cap`; `stepped`
 * counts whole steps only (每5个百分点为一档).
 */
/**
 * A value past which a linear deduction gives nothing (低于85%不得分): values on the `past` side of
 * `value` (and `value` itself when `inclusive`) score 0 for the term.
 */
export type LinearCutoff = { past: 'below' | 'above'; value: number; inclusive: boolean };

export type LinearTerm = {
  kind: 'linear';
  input: string;
  label: string;
  threshold: Threshold;
  side: 'below' | 'above';
  step: number;
  /** The step's unit as written (个百分点, 天), for read-back. */
  unit: string;
  per: number;
  sign: 1 | -1;
  stepped: boolean;
  cap: number | null;
  base: number;
  /** 低于85%不得分 beside the deduction; absent or null when the text sets none. */
  cutoff?: LinearCutoff | null;
};
/** Points of the band a value (or a count) falls in; a shared edge belongs to the higher band. */
export type BandsTerm = { kind: 'bands'; input: string; measure: 'value' | 'count'; bands: Band[] };
export type LevelsTerm = { kind: 'levels'; input: string; levels: RuleItem[] };
export type ItemSumTerm = { kind: 'itemSum'; input: string; items: RuleItem[] };
export type RankingTiersTerm = {
  kind: 'rankingTiers';
  input: string;
  base: number;
  topCount: number;
  topDelta: number;
  bottomCount: number;
  bottomDelta: number;
  direction: Direction;
};
/** Points by rank: listed ranges, then a step per rank after `step.fromRank`, then `rest`. */
export type RankPointsTerm = {
  kind: 'rankPoints';
  input: string;
  direction: Direction;
  ranges: RankRange[];
  step: { fromRank: number; per: number } | null;
  rest: number;
};
/** `points` × value ÷ reference (the best unit's value or the average); inverted when lower is better. */
export type RelativeTerm = { kind: 'relativeToBest'; input: string; direction: Direction; reference: 'best' | 'average'; points: number };
export type FrontierTerm = { kind: 'frontier'; input: string; direction: Direction; points: number };
export type ProportionalTerm = { kind: 'proportional'; input: string; fullValue: number; points: number };
/** Points by a yes/no fact of the unit: `yes` when it holds, `no` otherwise. */
export type ConditionTerm = { kind: 'condition'; input: string; label: string; yes: number; no: number };
/** 一票否决: when the fact holds, zero for the scope. */
export type VetoTerm = { kind: 'veto'; input: string; label: string; scope: VetoScope };
/** 同上 / 加倍: the rule of the row above, amounts × factor; resolved when the system is built. */
export type ReferenceTerm = { kind: 'reference'; factor: number };

export type Term =
  | ManualTerm
  | BaseTerm
  | DeductionTerm
  | OccurrenceTerm
  | LinearTerm
  | BandsTerm
  | LevelsTerm
  | ItemSumTerm
  | RankingTiersTerm
  | RankPointsTerm
  | RelativeTerm
  | FrontierTerm
  | ProportionalTerm
  | ConditionTerm
  | VetoTerm
  | ReferenceTerm;

export type TermKind = Term['kind'];
export type TermOf<K extends TermKind> = Extract<Term, { kind: K }>;

/**
 * A composed rule: the sum of its terms, clamped to [floor, ceiling]. floor null = no floor
 * (倒扣 / 扣分不封顶); ceiling null = the indicator's 分值.
 */
export type ComposedRule = { kind: 'composed'; terms: Term[]; floor: number | null; ceiling: number | null };
