// `kaoping score --rubric <file> --inputs <inputs.json> [--ties dense] [--na zero] --json`.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

import type { IndicatorSystem } from '#shared/domain/indicator-system';
import type { TieRule } from '#shared/domain/types';
import { type EvaluationData, evaluationFromTables } from '#shared/exchange/evaluation-package';
import type { PackageData } from '#shared/exchange/package-format';
import { readPackage } from '#shared/exchange/read-package';
import { formatHundredths } from '#shared/numbers/exact';
import { importRubricFile } from '#shared/rubric/import-rubric-file';
import { scoreChecklist } from '#shared/scoring/checklist-score';
import { type NamedInputs, resolveNamedInputs } from '#shared/scoring/score-inputs';
import { type NotApplicablePolicy, type RubricScores, scoreRubric } from '#shared/scoring/score-rubric';
import { unitResults } from '#shared/scoring/unit-results';
import { validateNamedValues } from '#shared/scoring/validate-input';

export type ScoreJson = {
  units: Array<{
    unit: string;
    total: number;
    base: number;
    bonus: number;
    penalty: number;
    rank: number | null;
    indicators: Array<{ indicator: string; points: number | null; reason: string }>;
  }>;
};

/**
 * `score --package --json` of a checklist inspection: per unit (units' order) the implementation
 * rate in percent with two decimals (null when every measure is 不适用), its rank, and the
 * measures counted by status (unscored = 未评, counted as not implemented in the rate).
 */
export type ChecklistScoreJson = {
  units: Array<{
    unit: string;
    rate: number | null;
    rank: number | null;
    measures: { total: number; implemented: number; partial: number; notImplemented: number; notApplicable: number; unscored: number };
  }>;
};

/** Thrown with every problem of an inputs file, one per line. */
export class InputProblems extends Error {
  override name = 'InputProblems';
}

const asNumber = (hundredths: number): number => Number(formatHundredths(hundredths));

/**
 * The package at `path` read (PackageError for a bad package) and its first evaluation with its
 * basis, units and cells; InputProblems naming the file when it holds none or lacks its basis.
 */
export async function readEvaluationPackage(path: string): Promise<{ data: PackageData; evaluation: EvaluationData }> {
  const { data } = await readPackage(new Uint8Array(await readFile(path)), basename(path));
  try {
    return { data, evaluation: evaluationFromTables(data) };
  } catch (error) {
    throw new InputProblems(`“${basename(path)}”：${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Scores the inputs against the rubric file. Output: the documented JSON (points in points, two
 * decimals). Throws ImportError for a bad rubric and InputProblems listing all input problems.
 */
export async function runScore(
  rubricPath: string,
  inputsPath: string,
  tieRule: TieRule,
  notApplicable: NotApplicablePolicy,
): Promise<ScoreJson> {
  const system = await importRubricFile(new Uint8Array(await readFile(rubricPath)), basename(rubricPath));
  let named: NamedInputs;
  try {
    named = JSON.parse(await readFile(inputsPath, 'utf8')) as NamedInputs;
  } catch (error) {
    throw new InputProblems(`“${basename(inputsPath)}”不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`);
  }
  if (!named || !Array.isArray(named.units) || !Array.isArray(named.inputs))
    throw new InputProblems(`“${basename(inputsPath)}”应为 {"units": [...], "inputs": [...]}`);
  const checked = validateNamedValues(system, named);
  const resolved = resolveNamedInputs(system, checked.named);
  const problems = [...checked.problems, ...resolved.problems];
  if (problems.length > 0) throw new InputProblems(`“${basename(inputsPath)}”有 ${problems.length} 处问题：\n${problems.join('\n')}`);
  return toScoreJson(
    system,
    scoreRubric(system, resolved.unitIds, resolved.inputs, { tieRule, notApplicable }),
    new Map(resolved.unitIds.map((unit) => [unit, unit])),
  );
}

/**
 * Scores the evaluation inside a .kaoping package with its own tie rule and 不适用 setting: an
 * indicator-system evaluation as ScoreJson, a checklist inspection as ChecklistScoreJson. Throws
 * PackageError for a bad package, InputProblems naming the file for one without an evaluation or its basis.
 */
export async function runScorePackage(
  packagePath: string,
): Promise<{ kind: 'indicatorSystem'; json: ScoreJson } | { kind: 'checklist'; json: ChecklistScoreJson }> {
  const { evaluation } = await readEvaluationPackage(packagePath);
  if (evaluation.basis.kind === 'checklist') return { kind: 'checklist', json: checklistScoreJson(evaluation, evaluation.basis.items) };
  const system = evaluation.basis.system;
  const scores = scoreRubric(
    system,
    evaluation.units.map((unit) => unit.id),
    evaluation.inputs,
    { tieRule: evaluation.evaluation.tieRule, notApplicable: evaluation.evaluation.notApplicable },
  );
  return { kind: 'indicatorSystem', json: toScoreJson(system, scores, new Map(evaluation.units.map((unit) => [unit.id, unit.name]))) };
}

function checklistScoreJson(data: EvaluationData, items: Parameters<typeof scoreChecklist>[0]): ChecklistScoreJson {
  const scores = scoreChecklist(items, data.units, data.inputs, data.evaluation.tieRule);
  return {
    units: scores.map((score) => ({
      unit: score.unitName,
      rate: score.rate === null ? null : asNumber(score.rate),
      rank: score.rank,
      measures: {
        total: Object.values(score.counts).reduce((sum, count) => sum + count, 0),
        implemented: score.counts.implemented,
        partial: score.counts.partial,
        notImplemented: score.counts.notImplemented,
        notApplicable: score.counts.notApplicable,
        unscored: score.counts.unscored,
      },
    })),
  };
}

/**
 * ChecklistScoreJson as JSON text with every rate written with two decimals (75.00, not 75). The
 * rate key is written by this function alone: a `"rate":null` inside a name is escaped (\"), so
 * only the key itself is replaced.
 */
export function checklistJsonText(json: ChecklistScoreJson): string {
  const units = json.units.map(({ unit, rate, rank, measures }) =>
    JSON.stringify({ unit, rate: null, rank, measures }).replace('"rate":null', `"rate":${rate === null ? 'null' : rate.toFixed(2)}`),
  );
  return `{"units":[${units.join(',')}]}`;
}

function toScoreJson(system: IndicatorSystem, scores: RubricScores, unitNames: Map<string, string>): ScoreJson {
  const results = unitResults(scores);
  const names = new Map(system.indicators.map((indicator) => [indicator.id, indicator.name]));
  return {
    units: results.map((result) => ({
      unit: unitNames.get(result.unitId) ?? result.unitId,
      total: asNumber(result.total),
      base: asNumber(result.base),
      bonus: asNumber(result.bonus),
      penalty: asNumber(result.penalty),
      rank: result.rank,
      indicators: result.indicators.map((indicator) => ({
        indicator: names.get(indicator.indicatorId) ?? indicator.indicatorId,
        points: indicator.points === null ? null : asNumber(indicator.points),
        reason: indicator.reason,
      })),
    })),
  };
}
