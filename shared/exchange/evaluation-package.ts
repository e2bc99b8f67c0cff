// A rubric evaluation as package data and back: the indicator system, units, the evaluation, its
// inputs (each with its revision) and evidence records.
import type { IndicatorSystem } from '../domain/indicator-system';
import { contentHash, revise } from '../domain/record-meta';
import type { RubricEvaluation, RubricInput } from '../domain/rubric-evaluation';
import type { Unit } from '../domain/types';
import { type NamedInputs, resolveNamedInputs } from '../scoring/score-inputs';
import type { PackageData } from './package-format';

/** The evaluation and cells as packages carry them: the stored records. */
export type PackagedEvaluation = RubricEvaluation;
export type PackagedInput = RubricInput;

export type RubricEvaluationData = {
  system: IndicatorSystem;
  evaluation: PackagedEvaluation;
  units: Unit[];
  inputs: PackagedInput[];
};

/** A unit's id from its name, stable across machines (so two offices packing 甲区 agree). */
export function unitIdFor(name: string): string {
  return `unit-${contentHash(name)}`;
}

export function inputIdFor(evaluationId: string, unitId: string, indicatorId: string): string {
  return `${evaluationId}|${unitId}|${indicatorId}`;
}

/** Package tables for one rubric evaluation (no evidence). */
export function rubricEvaluationTables(data: RubricEvaluationData): PackageData {
  return {
    tables: {
      indicatorSystems: [{ ...data.system }],
      units: data.units.map((unit) => ({ ...unit })),
      rubricEvaluations: [{ ...data.evaluation }],
      rubricInputs: data.inputs.map((input) => ({ ...input })),
    },
    attachments: new Map(),
  };
}

/**
 * The first rubric evaluation in package data. Throws Error (zh-CN) when the package holds no
 * evaluation or its indicator system is missing.
 */
export function rubricEvaluationFromTables(data: PackageData): RubricEvaluationData {
  const evaluation = data.tables.rubricEvaluations?.[0] as PackagedEvaluation | undefined;
  if (!evaluation) throw new Error('评价包中没有指标评价。');
  const system = data.tables.indicatorSystems?.find((entry) => entry.id === evaluation.systemId) as IndicatorSystem | undefined;
  if (!system) throw new Error('评价包缺少该评价的指标体系。');
  const units = ((data.tables.units ?? []) as Unit[]).filter((unit) => evaluation.unitIds.includes(unit.id));
  const inputs = ((data.tables.rubricInputs ?? []) as PackagedInput[]).filter((input) => input.evaluationId === evaluation.id);
  return { system, evaluation, units, inputs };
}

/**
 * Records named inputs (as the `score` command reads them, units by name) on an evaluation as an
 * inspector would: each changed cell gets a new revision by `inspector` at `at`; unchanged cells
 * keep theirs. Output: the updated data and the problems found (nothing applied when any).
 */
export function recordNamedInputs(
  data: RubricEvaluationData,
  named: NamedInputs,
  inspector: string,
  at: string,
): { data: RubricEvaluationData; problems: string[] } {
  const unitByName = new Map(data.units.map((unit) => [unit.name, unit.id]));
  const resolved = resolveNamedInputs(data.system, { units: named.units, inputs: named.inputs });
  const unknown = named.units.filter((name) => !unitByName.has(name)).map((name) => `units：单位“${name}”不在该评价中`);
  const problems = [...unknown, ...resolved.problems.filter((problem) => !problem.startsWith('缺少输入'))];
  if (problems.length > 0) return { data, problems };
  const current = new Map(data.inputs.map((input) => [input.id, input]));
  for (const input of resolved.inputs) {
    const unitId = unitByName.get(input.unitId)!;
    const id = inputIdFor(data.evaluation.id, unitId, input.indicatorId);
    const previous = current.get(id);
    const next: PackagedInput = {
      id,
      evaluationId: data.evaluation.id,
      unitId,
      indicatorId: input.indicatorId,
      value: input.value,
      note: previous?.note ?? '',
      inspector,
      updatedAt: at,
    };
    const changed = !previous || JSON.stringify(previous.value) !== JSON.stringify(next.value);
    current.set(id, changed ? revise(next, previous, inspector, at) : previous);
  }
  return { data: { ...data, inputs: [...current.values()] }, problems: [] };
}
