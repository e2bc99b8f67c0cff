// Unit-scope .kaoping packages of one evaluation, as inspectors send them back: each inspector
// scored their own units on a synthetic rubric (bench/synthetic-rubric).
import { type Evaluation, inputIdFor } from '#shared/domain/evaluation';
import { evaluationTables, unitIdFor } from '#shared/exchange/evaluation-package';
import { buildPackage } from '#shared/exchange/write-package';

import { syntheticInputs, syntheticSystem } from './synthetic-rubric';

/** One inspector's package: file name, bytes and how many inputs it brings. */
export type UnitPackage = { fileName: string; bytes: Uint8Array; inputCount: number };

/**
 * `inspectors` packages of the evaluation `name` (`indicatorCount` indicators), each carrying
 * `unitsEach` units of its own, every indicator scored by that inspector (检查员1, 检查员2, …), scope
 * 'units'. Every package carries the same evaluation (all units) and the same indicator system.
 */
export async function syntheticUnitPackages(
  name: string,
  indicatorCount: number,
  inspectors: number,
  unitsEach: number,
): Promise<UnitPackage[]> {
  const system = { ...syntheticSystem(indicatorCount), id: `system-${name}`, title: `${name}指标体系` };
  const units = Array.from({ length: inspectors * unitsEach }, (_, index) => {
    const unitName = `${name}单位${index + 1}`;
    return { id: unitIdFor(unitName), name: unitName, createdAt: '2026-11-23T08:00:00.000Z' };
  });
  const evaluation: Evaluation = {
    id: `evaluation-${name}`,
    name,
    basis: { kind: 'indicatorSystem', systemId: system.id },
    unitIds: units.map((unit) => unit.id),
    tieRule: 'competition',
    notApplicable: 'rescale',
    createdAt: '2026-11-23T08:00:00.000Z',
  };
  const packages: UnitPackage[] = [];
  for (let index = 0; index < inspectors; index++) {
    const inspector = `检查员${index + 1}`;
    const own = units.slice(index * unitsEach, (index + 1) * unitsEach);
    const inputs = syntheticInputs(
      system,
      own.map((unit) => unit.id),
    ).map((input) => ({
      ...input,
      id: inputIdFor(evaluation.id, input.unitId, input.indicatorId),
      evaluationId: evaluation.id,
      note: '',
      inspector,
      updatedAt: '2026-11-23T09:00:00.000Z',
    }));
    const data = evaluationTables({ evaluation, basis: { kind: 'indicatorSystem', system }, units: own, inputs });
    const bytes = await buildPackage(data, {
      appVersion: '0.1.0',
      createdBy: inspector,
      createdAt: '2026-11-23T10:00:00.000Z',
      scope: { kind: 'units', description: `${name}：${inspector}`, evaluationId: evaluation.id, unitIds: own.map((unit) => unit.id) },
    });
    packages.push({ fileName: `${name}-${inspector}.kaoping`, bytes, inputCount: inputs.length });
  }
  return packages;
}
