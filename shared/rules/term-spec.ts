// What every term kind provides (one file per kind under ./terms, gathered in ./registry.ts).
import type { Direction } from '../domain/indicator-system';
import type { RuleInput, TermKind, TermOf, UnitValues } from '../domain/rule-model';

/** A clause of a 评分标准 as the reader split it; `used` once a term consumed it. */
export type Clause = { text: string; used: boolean };

/** A numbered sub-item (or the whole text): its clauses, in order. */
export type Segment = { clauses: Clause[] };

/** Hands out input names: 次数, 次数2, 测得值… */
export type InputNames = { next: (kind: RuleInput['kind']) => string };

/** What a recogniser knows besides the clauses. `segmentPoints` is the sub-item's own 分值, if written. */
export type ReadContext = { maxPoints: number; name: string; direction: Direction; names: InputNames; segmentPoints: number | null };

/** The comparison of all units on a cross-unit term's input, oriented so that higher is better. */
export type ColumnStats = {
  ranks: Array<number | null>;
  fromBottom: Array<number | null>;
  best: number;
  worst: number;
  /** Sum of the values in millionths, and how many units have one. */
  sumMicros: bigint;
  count: number;
};

export type CrossUnitNeed = { input: string; direction: Direction };

/**
 * The facets of one term kind. Amounts in hundredths. `points` returns the term's signed
 * contribution before the rule's clamp; `summary` is the canonical Chinese clause the reader reads
 * back into the same term; `recognise` takes unused clauses of a segment (marking those it uses).
 */
export type TermSpec<K extends TermKind> = {
  label: string;
  inputs: (term: TermOf<K>) => RuleInput[];
  crossUnit: (term: TermOf<K>) => CrossUnitNeed | null;
  validate: (term: TermOf<K>, maxPoints: number) => string[];
  points: (term: TermOf<K>, values: UnitValues, stats: ColumnStats | null, index: number, maxPoints: number) => number;
  explain: (term: TermOf<K>, values: UnitValues, stats: ColumnStats | null, index: number, points: number) => string;
  summary: (term: TermOf<K>) => string;
  recognise: (segment: Segment, context: ReadContext) => Array<Recognised<K>>;
};

/** A term a recogniser found, with the index of the last clause it used (caps after it attach to it). */
export type Recognised<K extends TermKind> = { term: TermOf<K>; at: number };

export type TermRegistry = { [K in TermKind]: TermSpec<K> };
