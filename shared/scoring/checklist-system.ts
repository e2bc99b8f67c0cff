// A checklist as an indicator system, so checklist inspections use the one scoring engine:
// each measure is a levels rule (部分落实 ½ point, 落实 1 point), 不适用 is left out.
import type { Indicator, IndicatorSystem } from '../domain/indicator-system';
import type { ChecklistItem } from '../domain/types';
import { rootSectionIndex } from './section-index';

/** One point per measure, in hundredths. */
export const MEASURE_POINTS = 100;

/** Levels of the generated rule, 1-based as the engine reads them: 1 = 部分落实, 2 = 落实. */
const LEVELS = [
  { label: '部分落实', points: MEASURE_POINTS / 2 },
  { label: '落实', points: MEASURE_POINTS },
];

/**
 * Builds the system: a category per root section, an indicator per measure (same id as the
 * item), rule = levels. Output ids match the checklist, so cells map onto it one to one.
 */
export function checklistToIndicatorSystem(documentId: string, title: string, items: ChecklistItem[]): IndicatorSystem {
  const rootOf = rootSectionIndex(items);
  const measures = items.filter((item) => item.kind === 'measure');
  const sections = items.filter((item) => item.parentId === null && measures.some((measure) => rootOf.get(measure.id) === item.id));
  const base = {
    capped: false,
    ruleText: '落实得1分，部分落实得0.5分，未落实得0分，不适用不计',
    dataSource: { kind: 'onSite' as const },
    warnings: [],
    checklistItemIds: [],
  };
  const indicators: Indicator[] = [];
  for (const section of sections) {
    const own = measures.filter((measure) => rootOf.get(measure.id) === section.id);
    indicators.push({
      ...base,
      id: section.id,
      parentId: null,
      role: 'category',
      name: section.title,
      maxPoints: own.length * MEASURE_POINTS,
      rule: null,
    });
    for (const measure of own) {
      indicators.push({
        ...base,
        id: measure.id,
        parentId: section.id,
        role: 'indicator',
        name: measure.title,
        maxPoints: MEASURE_POINTS,
        rule: { kind: 'levels', levels: LEVELS },
        checklistItemIds: [measure.id],
      });
    }
  }
  return { id: `checklist-${documentId}`, title, indicators };
}
