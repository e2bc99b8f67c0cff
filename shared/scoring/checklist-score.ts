// Scores units on a checklist: implementation rate per unit and per section, ranked across units.
import type { Assessment, ChecklistItem, ImplementationStatus, Unit } from '../domain/types';
import { divideRoundHalfUp } from './exact';
import { rankDescending, type TieRule } from './rank';

export type StatusCounts = Record<ImplementationStatus, number> & { unscored: number };

export type RateScore = {
  counts: StatusCounts;
  /** Measures that count: all minus 不适用. */
  applicable: number;
  /** Implementation rate in hundredths of a percent (8750 = 87.50%); null when nothing applies. */
  rate: number | null;
};

export type SectionScore = RateScore & {
  sectionId: string;
  title: string;
};

export type UnitScore = RateScore & {
  unitId: string;
  unitName: string;
  rank: number | null;
  sections: SectionScore[];
};

/**
 * Scores every unit. Input: the checklist items, the units, their assessments (any evaluation
 * rows for other items are ignored) and the tie rule. Output: one score per unit, in the units'
 * order, with its rank and per-section scores (sections = root items).
 * Rule (issue #2): rate = (落实 + ½ × 部分落实) / (measures − 不适用); a measure not yet scored
 * counts as not implemented, so a unit cannot rank high by leaving measures blank.
 * Arithmetic in integers, rounded half-up to hundredths of a percent.
 */
export function scoreChecklist(items: ChecklistItem[], units: Unit[], assessments: Assessment[], tieRule: TieRule = 'competition'): UnitScore[] {
  const measures = items.filter((item) => item.kind === 'measure');
  const sectionOf = rootSectionIndex(items);
  const roots = items.filter((item) => item.parentId === null);
  const byUnit = new Map<string, Map<string, ImplementationStatus>>();
  for (const assessment of assessments) {
    let statuses = byUnit.get(assessment.unitId);
    if (!statuses) byUnit.set(assessment.unitId, (statuses = new Map()));
    statuses.set(assessment.itemId, assessment.status);
  }
  const scores = units.map((unit) => {
    const statuses = byUnit.get(unit.id) ?? new Map<string, ImplementationStatus>();
    const statusOf = (item: ChecklistItem): ImplementationStatus | undefined => statuses.get(item.id);
    const sections = roots
      .map((root) => ({ sectionId: root.id, title: root.title, ...rateOf(measures.filter((m) => sectionOf.get(m.id) === root.id).map(statusOf)) }))
      .filter((section) => section.counts.unscored + section.applicable + section.counts.notApplicable > 0);
    return { unitId: unit.id, unitName: unit.name, rank: null as number | null, sections, ...rateOf(measures.map(statusOf)) };
  });
  const ranks = rankDescending(scores.map((score) => score.rate), tieRule);
  scores.forEach((score, index) => {
    score.rank = ranks[index] ?? null;
  });
  return scores;
}

function rateOf(statuses: Array<ImplementationStatus | undefined>): RateScore {
  const counts: StatusCounts = { implemented: 0, partial: 0, notImplemented: 0, notApplicable: 0, unscored: 0 };
  for (const status of statuses) counts[status ?? 'unscored'] += 1;
  const applicable = statuses.length - counts.notApplicable;
  const rate = applicable === 0 ? null : divideRoundHalfUp(10000 * (2 * counts.implemented + counts.partial), 2 * applicable);
  return { counts, applicable, rate };
}

/** Maps each item id to the id of its root item. */
export function rootSectionIndex(items: ChecklistItem[]): Map<string, string> {
  const parentOf = new Map(items.map((item) => [item.id, item.parentId]));
  const rootOf = new Map<string, string>();
  for (const item of items) {
    let id = item.id;
    let parent = parentOf.get(id) ?? null;
    while (parent !== null) {
      id = parent;
      parent = parentOf.get(id) ?? null;
    }
    rootOf.set(item.id, id);
  }
  return rootOf;
}
