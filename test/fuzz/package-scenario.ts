// The office a fuzzed package is merged into, and the package it expects: the lead office holds an
// evaluation of 涧西区 and 西工区 over a small indicator system; 张三 sends a one-unit package for
// 涧西区 (his scores and a photo), as the app's 只含“涧西区” export makes. Reading, scoping and
// merging go through the same functions the app and the CLI use.
import { revise } from '#shared/domain/record-meta';
import { mergePackageData } from '#shared/exchange/merge-packages';
import { type LocalVersions, partitionByScope } from '#shared/exchange/merge-scope';
import type { Manifest, PackageData, PackageScope, TableName } from '#shared/exchange/package-format';
import { readPackage } from '#shared/exchange/read-package';
import { buildPackage } from '#shared/exchange/write-package';

import type { ScopedMergeOutcome } from './result-checks';

type Row = { id: string } & Record<string, unknown>;

export const PACKAGE_FILE = '张三.kaoping';
const AT = '2026-11-01T08:00:00Z';
/** The smallest valid PNG header: enough for the type to be sniffed as a picture. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

const system = {
  id: 's1',
  title: '营商环境评价指标体系',
  indicators: [
    {
      id: 'c1',
      parentId: null,
      role: 'category',
      name: '政务服务',
      maxPoints: 500,
      capped: true,
      ruleText: '',
      rule: null,
      dataSource: { kind: 'onSite' },
      warnings: [],
      checklistItemIds: [],
    },
    {
      id: 'i1',
      parentId: 'c1',
      role: 'indicator',
      name: '一网通办',
      maxPoints: 300,
      capped: false,
      ruleText: '每发现一例扣0.5分',
      rule: { kind: 'deduction', base: 300, per: 50 },
      dataSource: { kind: 'onSite' },
      warnings: [],
      checklistItemIds: [],
    },
    {
      id: 'i2',
      parentId: 'c1',
      role: 'indicator',
      name: '办件满意度',
      maxPoints: 200,
      capped: false,
      ruleText: '由评价组打分',
      rule: { kind: 'manual' },
      dataSource: { kind: 'onSite' },
      warnings: [],
      checklistItemIds: [],
    },
  ],
};
const units = [
  { id: 'u1', name: '涧西区', createdAt: AT },
  { id: 'u2', name: '西工区', createdAt: AT },
];
const evaluation = {
  id: 'e1',
  name: '2026年度营商环境评价',
  basis: { kind: 'indicatorSystem', systemId: 's1' },
  unitIds: ['u1', 'u2'],
  tieRule: 'competition',
  notApplicable: 'rescale',
  createdAt: AT,
};
const input = (unitId: string, indicatorId: string, value: number, inspector: string) =>
  revise(
    { id: `e1|${unitId}|${indicatorId}`, evaluationId: 'e1', unitId, indicatorId, value, note: '', inspector, updatedAt: AT },
    undefined,
    inspector,
    AT,
  );

/** What the lead office holds before the merge: the evaluation, both units, 李四's scores of 西工区. */
export function leadOffice(): PackageData {
  const stamp = (record: Row) => revise(record, undefined, '组长', AT);
  return {
    tables: {
      indicatorSystems: [stamp(system)],
      units: units.map(stamp),
      evaluations: [stamp(evaluation)],
      inputs: [input('u2', 'i1', 2, '李四'), input('u2', 'i2', 150, '李四')],
    },
    attachments: new Map(),
  };
}

/** 张三's package for 涧西区: the shared definitions as the lead office sent them, his two scores and a photo. */
export function unitPackage(): Promise<Uint8Array> {
  const office = leadOffice();
  const scores = [input('u1', 'i1', 1, '张三'), input('u1', 'i2', 180, '张三')];
  const photo = {
    id: 'ev1',
    inputId: scores[0]!.id,
    evaluationId: 'e1',
    name: '现场照片.png',
    type: 'image/png',
    size: PNG.byteLength,
    inspector: '张三',
    addedAt: AT,
    attachment: 'attachments/ev1',
  };
  const data: PackageData = {
    tables: {
      indicatorSystems: office.tables.indicatorSystems,
      units: office.tables.units,
      evaluations: office.tables.evaluations,
      inputs: scores,
      evidence: [photo],
    },
    attachments: new Map([['attachments/ev1', PNG]]),
  };
  const scope: PackageScope = { kind: 'units', description: '2026年度营商环境评价：部分单位', evaluationId: 'e1', unitIds: ['u1'] };
  return buildPackage(data, { appVersion: '0.1.0', createdBy: '张三', createdAt: '2026-11-23T08:00:00Z', scope });
}

/** The local version of each record the package brings. */
function localVersions(local: PackageData, incoming: PackageData): LocalVersions {
  const versions: LocalVersions = {};
  for (const table of Object.keys(incoming.tables) as TableName[])
    versions[table] = new Map((local.tables[table] ?? []).map((record) => [record.id, record]));
  return versions;
}

/** A package read and merged into the lead office as the app does it (scope first, then record by record). */
export type OfficeMerge = { manifest: Manifest; incoming: PackageData; local: PackageData; outcome: ScopedMergeOutcome };

/**
 * Reads `bytes` as `PACKAGE_FILE`, holds it to its declared scope and merges it into the lead
 * office. Throws what `readPackage` throws (PackageError naming the file).
 */
export async function mergeIntoOffice(bytes: Uint8Array): Promise<OfficeMerge> {
  const { manifest, data } = await readPackage(bytes, PACKAGE_FILE);
  const local = leadOffice();
  const scoped = partitionByScope(manifest.scope, data, localVersions(local, data));
  const merge = mergePackageData(local, scoped.data);
  const reported = new Set(
    [...scoped.review, ...scoped.refused, ...merge.conflicts.map((conflict) => ({ table: conflict.table, id: conflict.theirs.id }))].map(
      (entry) => `${entry.table}|${entry.id}`,
    ),
  );
  return { manifest, incoming: data, local, outcome: { merged: merge.data, reported } };
}
