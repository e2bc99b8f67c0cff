// Migrations: for every earlier schema version, a database is built with exactly that version's
// schema (declared from the history) and filled with a realistic record per table; the current
// openDatabase() must upgrade it with every record intact and findable through every index.
import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';

import { openDatabase } from './database';
import { declareSchema, SCHEMA_HISTORY, SCHEMA_VERSION } from './schema-history';

const blob = (text: string) => new Blob([text], { type: 'application/octet-stream' });

/** One record per table as v6 wrote them (every table of every earlier version needs one here: a test checks it). */
const V6_FIXTURES: Record<string, Record<string, unknown>> = {
  documents: {
    id: 'doc-1',
    fingerprint: 'a1b2c3',
    title: '洛阳市进一步优化营商环境更好服务市场主体若干措施',
    docNumber: '洛政办〔2021〕39号',
    issuer: '洛阳市人民政府办公室',
    issuedOn: '2021-08-25',
    fileName: '000.txt',
    importedAt: '2026-01-05T08:00:00.000Z',
    itemCount: 1,
  },
  items: {
    id: 'item-1',
    documentId: 'doc-1',
    order: 0,
    kind: 'measure',
    number: '1',
    title: '优化口岸监管模式',
    text: '推行“提前申报”“两步申报”。',
    leadUnits: ['洛阳海关'],
    responsibleUnits: ['市商务局'],
    supportingUnits: [],
    deadline: { text: '2021年年底前', date: '2021-12-31' },
  },
  units: { id: 'unit-1', name: '涧西区', createdAt: '2026-01-05T08:00:00.000Z' },
  evaluations: {
    id: 'eval-1',
    name: '2026年督查',
    documentId: 'doc-1',
    unitIds: ['unit-1'],
    tieRule: 'competition',
    createdAt: '2026-01-06T08:00:00.000Z',
  },
  assessments: {
    id: 'eval-1|unit-1|item-1',
    evaluationId: 'eval-1',
    unitId: 'unit-1',
    itemId: 'item-1',
    status: 'partial',
    note: '部分落实',
    updatedAt: '2026-01-07T08:00:00.000Z',
  },
  indicatorSystems: {
    id: 'sys-1',
    title: '办理建筑许可评分细则',
    fileName: '004.xlsx',
    importedAt: '2026-01-05T09:00:00.000Z',
    indicators: [{ id: 'i1', parentId: null, role: 'indicator', name: '审批时间', maxPoints: 500, rule: { kind: 'manual' } }],
  },
  rubricEvaluations: {
    id: 'reval-1',
    name: '2026年度评分',
    systemId: 'sys-1',
    unitIds: ['unit-1'],
    tieRule: 'competition',
    notApplicable: 'rescale',
    createdAt: '2026-01-08T08:00:00.000Z',
  },
  rubricInputs: {
    id: 'reval-1|unit-1|i1',
    evaluationId: 'reval-1',
    unitId: 'unit-1',
    indicatorId: 'i1',
    value: 3.5,
    note: '',
    inspector: '张三',
    updatedAt: '2026-01-09T08:00:00.000Z',
  },
  evidence: {
    id: 'ev-1',
    inputId: 'reval-1|unit-1|i1',
    evaluationId: 'reval-1',
    name: '现场照片.jpg',
    type: 'image/jpeg',
    size: 4,
    blob: blob('jpeg'),
    addedAt: '2026-01-09T08:05:00.000Z',
    inspector: '张三',
  },
  conflicts: {
    id: 'rubricInputs|reval-1|unit-1|i1',
    table: 'rubricInputs',
    recordId: 'reval-1|unit-1|i1',
    evaluationId: 'reval-1',
    mine: { id: 'reval-1|unit-1|i1', value: 3.5 },
    theirs: { id: 'reval-1|unit-1|i1', value: 4 },
    source: '西工区.kaoping',
    detectedAt: '2026-01-10T08:00:00.000Z',
  },
  rectifications: {
    id: 'rect-1',
    evaluationId: 'reval-1',
    unitId: 'unit-1',
    sourceId: 'i1',
    problem: '审批时限超过承诺',
    status: 'inProgress',
    owners: ['市住建局'],
    deadline: '2026-06-30',
    progress: [{ date: '2026-02-01', note: '已制定整改方案', by: '李四', status: 'inProgress' }],
  },
  unitAliases: { id: '市发改委', canonical: '市发展改革委', mergedAt: '2026-01-12T08:00:00.000Z' },
  backups: { id: 'backup-1', createdAt: '2026-01-11T08:00:00.000Z', reason: '每日自动备份', size: 6, blob: blob('backup') },
};

/** Tables v7 leaves as they were. */
const UNCHANGED = ['documents', 'items', 'units', 'indicatorSystems', 'evidence', 'unitAliases', 'backups'];

/**
 * Every record of the current schema the v6 fixtures become, with the v6 table each comes from
 * (a database of an earlier version holds only the tables it had).
 */
const CURRENT_FIXTURES: Array<{ from: string; table: string; record: Record<string, unknown> }> = [
  ...UNCHANGED.map((table) => ({ from: table, table, record: V6_FIXTURES[table]! })),
  {
    from: 'evaluations',
    table: 'evaluations',
    record: {
      id: 'eval-1',
      name: '2026年督查',
      basis: { kind: 'checklist', documentId: 'doc-1' },
      unitIds: ['unit-1'],
      tieRule: 'competition',
      notApplicable: 'rescale',
      createdAt: '2026-01-06T08:00:00.000Z',
    },
  },
  {
    from: 'assessments',
    table: 'inputs',
    record: {
      id: 'eval-1|unit-1|item-1',
      evaluationId: 'eval-1',
      unitId: 'unit-1',
      indicatorId: 'item-1',
      value: 1,
      note: '部分落实',
      inspector: '',
      updatedAt: '2026-01-07T08:00:00.000Z',
    },
  },
  {
    from: 'rubricEvaluations',
    table: 'evaluations',
    record: {
      id: 'reval-1',
      name: '2026年度评分',
      basis: { kind: 'indicatorSystem', systemId: 'sys-1' },
      unitIds: ['unit-1'],
      tieRule: 'competition',
      notApplicable: 'rescale',
      createdAt: '2026-01-08T08:00:00.000Z',
    },
  },
  { from: 'rubricInputs', table: 'inputs', record: V6_FIXTURES.rubricInputs! },
  {
    from: 'conflicts',
    table: 'conflicts',
    record: {
      id: 'inputs|reval-1|unit-1|i1',
      table: 'inputs',
      recordId: 'reval-1|unit-1|i1',
      evaluationId: 'reval-1',
      mine: { id: 'reval-1|unit-1|i1', value: 3.5 },
      theirs: { id: 'reval-1|unit-1|i1', value: 4 },
      source: '西工区.kaoping',
      detectedAt: '2026-01-10T08:00:00.000Z',
    },
  },
  {
    from: 'rectifications',
    table: 'rectifications',
    record: {
      id: 'rect-1',
      source: { evaluationId: 'reval-1', indicatorId: 'i1' },
      unitId: 'unit-1',
      problem: '审批时限超过承诺',
      status: 'inProgress',
      owners: ['市住建局'],
      deadline: '2026-06-30',
      progress: [{ date: '2026-02-01', note: '已制定整改方案', by: '李四', status: 'inProgress' }],
    },
  },
];

/** The value at a dotted key path (basis.documentId). */
function valueAt(record: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);
}

/** Blobs compared by content (two Blobs are otherwise indistinguishable to toEqual). */
async function comparable(record: Record<string, unknown> | undefined): Promise<Record<string, unknown> | undefined> {
  if (!record) return record;
  const entries = await Promise.all(
    Object.entries(record).map(async ([key, value]) => [key, value instanceof Blob ? `Blob:${await value.text()}` : value]),
  );
  return Object.fromEntries(entries);
}

/** The tables that exist at `version` (a store spec of null drops a table). */
function tablesAt(version: number): string[] {
  const tables = new Set<string>();
  for (const entry of SCHEMA_HISTORY.filter((candidate) => candidate.version <= version))
    for (const [table, spec] of Object.entries(entry.stores)) {
      if (spec === null) tables.delete(table);
      else tables.add(table);
    }
  return [...tables];
}

/** A database named `name` at `version`, filled with `records` by table. */
async function databaseAt(name: string, version: number, records: Record<string, ReadonlyArray<Record<string, unknown>>>): Promise<void> {
  const old = new Dexie(name);
  declareSchema(old, version);
  await old.open();
  for (const [table, rows] of Object.entries(records)) await old.table(table).bulkAdd([...rows]);
  old.close();
}

/** Every record of every table, Blobs as text, each table sorted by id. */
async function everything(db: Dexie): Promise<Record<string, unknown[]>> {
  const tables = await Promise.all(
    db.tables.map(async (table) => {
      const rows = await Promise.all((await table.toArray()).map(comparable));
      return [table.name, rows.sort((a, b) => String(a!.id).localeCompare(String(b!.id)))] as const;
    }),
  );
  return Object.fromEntries(tables);
}

describe('schema history', () => {
  it('has a fixture for every table of every earlier version, and one for every table of the current schema', () => {
    expect(Object.keys(V6_FIXTURES).sort()).toEqual(tablesAt(SCHEMA_VERSION - 1).sort());
    expect([...new Set(CURRENT_FIXTURES.map((fixture) => fixture.table))].sort()).toEqual(tablesAt(SCHEMA_VERSION).sort());
  });

  it('numbers versions 1, 2, 3 … without gaps', () => {
    expect(SCHEMA_HISTORY.map((entry) => entry.version)).toEqual(SCHEMA_HISTORY.map((_, index) => index + 1));
  });

  it.each(SCHEMA_HISTORY.slice(0, -1).map((entry) => [entry.version, entry.change] as const))(
    'upgrades a version-%i database (%s) to the current version with every record converted and indexed',
    async (version) => {
      const name = `migration-v${version}-${crypto.randomUUID()}`;
      const present = tablesAt(version);
      await databaseAt(name, version, Object.fromEntries(present.map((table) => [table, [V6_FIXTURES[table]!]])));

      const db = openDatabase(name);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSION);
      expect(db.tables.map((table) => table.name).sort()).toEqual(tablesAt(SCHEMA_VERSION).sort());
      const expected = CURRENT_FIXTURES.filter((fixture) => present.includes(fixture.from));
      const stored = await everything(db);
      for (const table of tablesAt(SCHEMA_VERSION)) {
        const records = expected.filter((fixture) => fixture.table === table).map((fixture) => fixture.record);
        const sorted = await Promise.all(records.sort((a, b) => String(a.id).localeCompare(String(b.id))).map(comparable));
        expect(stored[table], table).toEqual(sorted);
      }
      for (const { table, record } of expected) {
        for (const index of db.table(table).schema.indexes) {
          const key = Array.isArray(index.keyPath) ? index.keyPath.map((path) => valueAt(record, path)) : valueAt(record, index.keyPath!);
          if (key === undefined) continue;
          const found = await db
            .table(table)
            .where(index.name)
            .equals(key as never)
            .primaryKeys();
          expect(found, `${table} by ${index.name}`).toContain(record.id);
        }
      }
      db.close();
      await Dexie.delete(name);
    },
  );
});
