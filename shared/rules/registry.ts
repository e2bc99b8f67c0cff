// The one registry of term kinds. Adding a kind to `Term` fails the type check here until its file
// provides every facet (inputs, cross-unit need, validation, points, explanation, summary, recogniser).
import type { Term, TermKind, TermOf } from '../domain/rule-model';
import type { TermRegistry, TermSpec } from './term-spec';
import { bandsTerm } from './terms/bands';
import { baseTerm } from './terms/base';
import { conditionTerm } from './terms/condition';
import { deductionTerm } from './terms/deduction';
import { frontierTerm } from './terms/frontier';
import { itemSumTerm } from './terms/item-sum';
import { levelsTerm } from './terms/levels';
import { linearTerm } from './terms/linear';
import { manualTerm } from './terms/manual';
import { occurrenceTerm } from './terms/occurrence';
import { proportionalTerm } from './terms/proportional';
import { rankPointsTerm } from './terms/rank-points';
import { rankingTiersTerm } from './terms/ranking-tiers';
import { referenceTerm } from './terms/reference';
import { relativeTerm } from './terms/relative';
import { vetoTerm } from './terms/veto';

export const TERM_KINDS: TermRegistry = {
  manual: manualTerm,
  base: baseTerm,
  deduction: deductionTerm,
  occurrence: occurrenceTerm,
  linear: linearTerm,
  bands: bandsTerm,
  levels: levelsTerm,
  itemSum: itemSumTerm,
  rankingTiers: rankingTiersTerm,
  rankPoints: rankPointsTerm,
  relativeToBest: relativeTerm,
  frontier: frontierTerm,
  proportional: proportionalTerm,
  condition: conditionTerm,
  veto: vetoTerm,
  reference: referenceTerm,
};

/**
 * The order recognisers run in: specific shapes before general ones, so that a rank list is never
 * read as items and a threshold-then-linear rule never as bands.
 */
export const READING_ORDER: readonly TermKind[] = [
  'reference',
  'veto',
  'manual',
  'rankingTiers',
  'rankPoints',
  'relativeToBest',
  'frontier',
  'proportional',
  'linear',
  'condition',
  'bands',
  'occurrence',
  'base',
  'levels',
  'itemSum',
  'deduction',
];

/** The spec of a term's kind, typed for that term. */
export function specOf<K extends TermKind>(term: TermOf<K>): TermSpec<K> {
  return TERM_KINDS[term.kind as K] as TermSpec<K>;
}

export type { Term };
