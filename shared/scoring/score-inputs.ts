// Validates named inputs (unit and indicator names as a person writes them) against a system,
// reporting every problem at once with its place — for the CLI and for Excel fill-in sheets.
import type { Indicator, IndicatorSystem } from '../domain/indicator-system';
import { checkInput, type InputValue } from './rule-points';
import type { IndicatorInput } from './score-rubric';

export type NamedInputs = { units: string[]; inputs: Array<{ indicator: string; unit: string; value: unknown }> };

export type ResolvedInputs = { unitIds: string[]; inputs: IndicatorInput[]; problems: string[] };

/** Indicators that take an input, found by leaf name, "组/名" or "类别/名". */
export function indicatorIndex(system: IndicatorSystem): Map<string, Indicator> {
  const byId = new Map(system.indicators.map((indicator) => [indicator.id, indicator]));
  const index = new Map<string, Indicator>();
  const duplicates = new Set<string>();
  for (const indicator of system.indicators) {
    if (!indicator.rule) continue;
    const parent = indicator.parentId ? byId.get(indicator.parentId) : undefined;
    for (const key of [indicator.name, parent ? `${parent.name}/${indicator.name}` : '']) {
      if (!key) continue;
      if (index.has(key) && index.get(key) !== indicator) duplicates.add(key);
      index.set(key, indicator);
    }
  }
  for (const key of duplicates) index.delete(key);
  return index;
}

/**
 * Resolves names to ids and checks every value. Input: the system and the named inputs (unit
 * ids are the unit names). Output: inputs by id, and problems in Chinese, each naming its place
 * (inputs[3]、单位、指标): unknown indicator or unit, duplicated unit, value of the wrong type,
 * and missing inputs (every unit needs one per indicator; 加分项/减分项 default to none).
 * A value of null means 不适用.
 */
export function resolveNamedInputs(system: IndicatorSystem, named: NamedInputs): ResolvedInputs {
  const problems: string[] = [];
  const index = indicatorIndex(system);
  const units = new Set<string>();
  for (const unit of named.units) {
    if (typeof unit !== 'string' || !unit.trim()) problems.push(`units：单位名称“${String(unit)}”无效`);
    else if (units.has(unit)) problems.push(`units：单位“${unit}”重复`);
    else units.add(unit);
  }
  const inputs: IndicatorInput[] = [];
  const seen = new Set<string>();
  named.inputs.forEach((input, position) => {
    const place = `inputs[${position}]`;
    const indicator = index.get(String(input.indicator));
    if (!indicator) problems.push(`${place}：指标“${String(input.indicator)}”在评分细则中不存在`);
    if (!units.has(input.unit)) problems.push(`${place}：单位“${String(input.unit)}”不在 units 列表中`);
    if (!indicator || !units.has(input.unit)) return;
    const key = `${input.unit}|${indicator.id}`;
    if (seen.has(key)) problems.push(`${place}：${input.unit} × ${indicator.name} 重复输入`);
    seen.add(key);
    if (input.value === null) {
      inputs.push({ indicatorId: indicator.id, unitId: input.unit, value: null });
      return;
    }
    const reason = checkInput(indicator.rule!, indicator.maxPoints, input.value);
    if (reason) problems.push(`${place}：${input.unit} × ${indicator.name}：${reason}（收到 ${JSON.stringify(input.value)}）`);
    else inputs.push({ indicatorId: indicator.id, unitId: input.unit, value: input.value as InputValue });
  });
  for (const indicator of system.indicators) {
    if (!indicator.rule || indicator.role === 'bonus' || indicator.role === 'penalty') continue;
    const missing = [...units].filter((unit) => !seen.has(`${unit}|${indicator.id}`));
    if (missing.length > 0) problems.push(`缺少输入：指标“${indicator.name}”缺 ${missing.join('、')}`);
  }
  return { unitIds: [...units], inputs, problems };
}
