// Editing an indicator system: pure operations the editor applies, each returning a new list.
import type { Direction, Indicator, IndicatorRole } from '../domain/indicator-system';
import { validateRule } from '../rules/edit-rule';
import { asExtraPoints } from '../rules/extra-points';
import { parseScoringRule } from './parse-rule';

export type IndicatorPatch = { name?: string; maxPoints?: number; ruleText?: string; direction?: Direction };

/**
 * Changes an indicator. A changed 评分标准 text or 分值 re-reads the rule (warnings refreshed);
 * a rule a person checked (已核对) is kept unless the text changes — it stays 已核对 while it is
 * still valid for the new 分值;
 * a direction applies to rules that compare units. Group and uncapped category totals follow.
 * Throws RangeError for a negative maximum.
 */
export function updateIndicator(indicators: Indicator[], id: string, patch: IndicatorPatch): Indicator[] {
  if (patch.maxPoints !== undefined && patch.maxPoints < 0) throw new RangeError('分值不能为负');
  const next = indicators.map((indicator) => {
    if (indicator.id !== id) return indicator;
    const changed: Indicator = {
      ...indicator,
      name: patch.name?.trim() || indicator.name,
      maxPoints: patch.maxPoints ?? indicator.maxPoints,
      ruleText: patch.ruleText ?? indicator.ruleText,
    };
    const textChanged = patch.ruleText !== undefined && patch.ruleText !== indicator.ruleText;
    if (changed.review && !textChanged) {
      const problems = changed.rule ? validateRule(changed.rule, changed.maxPoints) : [];
      if (problems.length > 0) changed.review = undefined;
      changed.warnings = problems;
    } else if (changed.rule && (patch.ruleText !== undefined || patch.maxPoints !== undefined)) {
      changed.review = undefined;
      const parsed = parseScoringRule(changed.ruleText, changed.name, changed.maxPoints);
      changed.rule = changed.role === 'indicator' ? parsed.rule : asExtraPoints(parsed.rule, changed.maxPoints);
      changed.warnings = parsed.warnings;
      if (parsed.dataSource) changed.dataSource = parsed.dataSource;
    }
    if (patch.direction && changed.rule && 'direction' in changed.rule) changed.rule = { ...changed.rule, direction: patch.direction };
    return changed;
  });
  return withTotals(next);
}

/** Adds a scored indicator (or a category when parentId is null) at the end of its parent. */
export function addIndicator(
  indicators: Indicator[],
  parentId: string | null,
  name: string,
  maxPoints: number,
  ruleText: string,
): Indicator[] {
  const parent = parentId ? indicators.find((indicator) => indicator.id === parentId) : undefined;
  const role: IndicatorRole = parentId === null ? 'category' : 'indicator';
  const parsed = role === 'indicator' ? parseScoringRule(ruleText, name, maxPoints) : null;
  const created: Indicator = {
    id: `${indicators[0]?.id.replace(/-\d+$/, '') ?? 'indicator'}-${crypto.randomUUID().slice(0, 8)}`,
    parentId,
    role,
    name: name.trim() || '新指标',
    maxPoints,
    capped: false,
    ruleText,
    rule: parsed?.rule ?? null,
    dataSource: parsed?.dataSource ?? parent?.dataSource ?? { kind: 'onSite' },
    warnings: parsed?.warnings ?? [],
    checklistItemIds: [],
  };
  const lastDescendant = parentId ? lastIndexOfSubtree(indicators, parentId) : indicators.length - 1;
  return withTotals([...indicators.slice(0, lastDescendant + 1), created, ...indicators.slice(lastDescendant + 1)]);
}

/** Removes an indicator and everything under it. */
export function removeIndicator(indicators: Indicator[], id: string): Indicator[] {
  const doomed = new Set([id]);
  for (const indicator of indicators) if (indicator.parentId && doomed.has(indicator.parentId)) doomed.add(indicator.id);
  return withTotals(indicators.filter((indicator) => !doomed.has(indicator.id)));
}

/** Moves an indicator (with its subtree) one place up (−1) or down (+1) among its siblings. */
export function moveIndicator(indicators: Indicator[], id: string, offset: -1 | 1): Indicator[] {
  const self = indicators.find((indicator) => indicator.id === id);
  if (!self) return indicators;
  const siblings = indicators.filter((indicator) => indicator.parentId === self.parentId);
  const position = siblings.indexOf(self);
  const other = siblings[position + offset];
  if (!other) return indicators;
  const [first, second] = offset < 0 ? [other, self] : [self, other];
  const firstStart = indicators.indexOf(first);
  const firstEnd = lastIndexOfSubtree(indicators, first.id);
  const secondEnd = lastIndexOfSubtree(indicators, second.id);
  return [
    ...indicators.slice(0, firstStart),
    ...indicators.slice(firstEnd + 1, secondEnd + 1),
    ...indicators.slice(firstStart, firstEnd + 1),
    ...indicators.slice(secondEnd + 1),
  ];
}

function lastIndexOfSubtree(indicators: Indicator[], id: string): number {
  const inside = new Set([id]);
  let last = indicators.findIndex((indicator) => indicator.id === id);
  indicators.forEach((indicator, index) => {
    if (indicator.parentId && inside.has(indicator.parentId)) {
      inside.add(indicator.id);
      last = Math.max(last, index);
    }
  });
  return last;
}

/** Groups total their children; uncapped categories total their scored descendants. */
function withTotals(indicators: Indicator[]): Indicator[] {
  const childrenOf = (id: string) => indicators.filter((indicator) => indicator.parentId === id);
  const totalOf = (indicator: Indicator): number =>
    indicator.role === 'group'
      ? childrenOf(indicator.id).reduce((sum, child) => sum + totalOf(child), 0)
      : indicator.role === 'indicator'
        ? indicator.maxPoints
        : 0;
  return indicators.map((indicator) => {
    if (indicator.role === 'group') return { ...indicator, maxPoints: totalOf(indicator) };
    if (indicator.role === 'category' && !indicator.capped)
      return { ...indicator, maxPoints: childrenOf(indicator.id).reduce((sum, child) => sum + totalOf(child), 0) };
    return indicator;
  });
}
