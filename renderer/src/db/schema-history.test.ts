// Migrations: for every earlier schema version, a database is built with exactly that version's
// schema (declared from the history) and filled with a realistic record per table; the current
// openDatabase() must upgrade it with every record intact and findable through every index.
import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';

import { openDatabase } from './database';
import { declareSchema, SCHEMA_HISTORY, SCHEMA_VERSION } from './schema-history';

const blob = (text: string) => new Blob([text], { type: 'application/octet-stream' });

/** One record per table as the app writes them (a new table needs a fixture here: a test checks it). */
const FIXTURES: Record<string, Record<string, unknown>> = {
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
  evaluations: { id: 'eval-1', name: '2026年督查', documentId: 'doc-1', unitIds: ['unit-1'], createdAt: '2026-01-06T08:00:00.000Z' },
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
    indicatorId: 'i1',
    problem: '审批时限超过承诺',
    status: 'inProgress',
    owners: ['市住建局'],
    deadline: '2026-06-30',
    progress: [{ date: '2026-02-01', note: '已制定整改方案', by: '李四', status: 'inProgress' }],
  },
  unitAliases: { id: '市发改委', canonical: '市发展改革委', mergedAt: '2026-01-12T08:00:00.000Z' },
  backups: { id: 'backup-1', createdAt: '2026-01-11T08:00:00.000Z', reason: '每日自动备份', size: 6, blob: blob('backup') },
};

/** Blobs compared by content (two Blobs are otherwise indistinguishable to toEqual). */
async function comparable(record: Record<string, unknown> | undefined): Promise<Record<string, unknown> | undefined> {
  if (!record) return record;
  const entries = await Promise.all(
    Object.entries(record).map(async ([key, value]) => [key, value instanceof Blob ? `Blob:${await value.text()}` : value]),
  );
  return Object.fromEntries(entries);
}

/** The tables that exist at `version` (stores are only ever added). */
const tablesAt = (version: number) =>
  SCHEMA_HISTORY.filter((entry) => entry.version <= version).flatMap((entry) => Object.keys(entry.stores));

describe('schema history', () => {
  it('has a fixture for every table of the current schema', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(tablesAt(SCHEMA_VERSION).sort());
  });

  it('numbers versions 1, 2, 3 … without gaps', () => {
    expect(SCHEMA_HISTORY.map((entry) => entry.version)).toEqual(SCHEMA_HISTORY.map((_, index) => index + 1));
  });

  it.each(SCHEMA_HISTORY.slice(0, -1).map((entry) => [entry.version, entry.change] as const))(
    'upgrades a version-%i database (%s) to the current version with every record intact and indexed',
    async (version) => {
      const name = `migration-v${version}-${crypto.randomUUID()}`;
      const old = new Dexie(name);
      declareSchema(old, version);
      await old.open();
      for (const table of tablesAt(version)) await old.table(table).add(FIXTURES[table]);
      old.close();

      const db = openDatabase(name);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSION);
      expect(db.tables.map((table) => table.name).sort()).toEqual(tablesAt(SCHEMA_VERSION).sort());
      for (const table of tablesAt(SCHEMA_VERSION)) {
        const fixture = FIXTURES[table]!;
        const stored = await db.table(table).get(fixture.id as string);
        if (!tablesAt(version).includes(table)) {
          expect(stored, `${table} is new after v${version}`).toBeUndefined();
          continue;
        }
        expect(await comparable(stored), table).toEqual(await comparable(fixture));
        for (const index of db.table(table).schema.indexes) {
          const key = Array.isArray(index.keyPath) ? index.keyPath.map((path) => fixture[path]) : fixture[index.keyPath as string];
          const found = await db
            .table(table)
            .where(index.name)
            .equals(key as never)
            .primaryKeys();
          expect(found, `${table} by ${index.name}`).toContain(fixture.id);
        }
      }
      db.close();
      await Dexie.delete(name);
    },
  );
});
