import 'fake-indexeddb/auto';

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';

import { inputIdFor } from '#shared/domain/evaluation';
import { revise } from '#shared/domain/record-meta';
import { measureLabel } from '#shared/exchange/evaluation-package';
import { FORMAT_VERSION, type PackageScope } from '#shared/exchange/package-format';
import { readPackage } from '#shared/exchange/read-package';
import { buildPackage } from '#shared/exchange/write-package';
import { importRubricFile } from '#shared/rubric/import-rubric-file';

import { seedBytes } from '../../../test/fixtures/seeds';
import { syntheticEvaluationPackage } from '../../../test/fixtures/synthetic-package';
import { storeChecklistInspection } from '../../../test/helpers/stored-inspection';
import { type KaopingDatabase, openDatabase } from './database';
import { addEvidence, createEvaluation, setChecklistStatus, setInput, setInputNote } from './evaluations-repository';
import { collectEvaluation, mergePackage, resolveStoredConflict } from './package-repository';
import { saveIndicatorSystem } from './rubric-repository';
import { createUnit } from './units-repository';

const databases: KaopingDatabase[] = [];
const fresh = () => {
  const db = openDatabase(`test-${crypto.randomUUID()}`);
  databases.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

const INFO = {
  appVersion: '0.1.0',
  createdBy: '测试',
  createdAt: '2026-11-23T00:00:00Z',
  scope: { kind: 'evaluation' as const, description: '' },
};

async function snapshot(db: KaopingDatabase) {
  return Promise.all([
    db.indicatorSystems.toArray(),
    db.units.toArray(),
    db.evaluations.toArray(),
    db.inputs.toArray(),
    db.conflicts.toArray(),
    db.evidence.count(),
  ]);
}

/** Office A: the seed rubric, 甲区 and 乙区, an evaluation; returns it and a package round trip helper. */
async function officeA() {
  const db = fresh();
  const system = await importRubricFile(seedBytes('office/004_办理建筑许可营商环境部门评分细则.xlsx'), '评分细则.xlsx');
  await saveIndicatorSystem(db, system, '评分细则.xlsx');
  const units = [await createUnit(db, '甲区'), await createUnit(db, '乙区')];
  const evaluation = await createEvaluation(
    db,
    '2023年度评价',
    { kind: 'indicatorSystem', systemId: system.id },
    units.map((unit) => unit.id),
  );
  const manual = system.indicators.find((indicator) => indicator.name === '质量管理情况')!;
  const pack = async (from: KaopingDatabase) =>
    (await readPackage(await buildPackage(await collectEvaluation(from, evaluation), INFO), 'x.kaoping')).data;
  const scope = { kind: 'evaluation' as const, description: '', evaluationId: evaluation.id };
  return { db, system, units, evaluation, manual, pack, scope };
}

describe('mergePackage', () => {
  it('reports progress chunk by chunk, in order, ending at the records it took', async () => {
    const { bytes, inputCount } = await syntheticEvaluationPackage(
      '进度评价',
      50,
      Array.from({ length: 30 }, (_, index) => `进度区${index + 1}`),
    );
    const { manifest, data } = await readPackage(bytes, '进度.kaoping');
    const reports: Array<[number, number]> = [];
    const summary = await mergePackage(fresh(), data, '进度.kaoping', manifest.scope, (done, total) => reports.push([done, total]));
    const total = 1 + 30 + 1 + inputCount;
    expect(inputCount).toBeGreaterThan(1000);
    expect(summary.added).toBe(total);
    expect(reports.at(-1)).toEqual([total, total]);
    expect(reports.every(([, each]) => each === total)).toBe(true);
    expect(reports.map(([done]) => done)).toEqual([...reports.map(([done]) => done)].sort((a, b) => a - b));
    // The scores are written in two chunks: the bar moves after the first 1,000.
    expect(reports.map(([done]) => done)).toContain(1 + 30 + 1 + 1000);
  });

  it('counts the evidence files it adds among the records added, and says how many they are', async () => {
    const { bytes, inputCount } = await syntheticEvaluationPackage('佐证评价', 5, ['甲区', '乙区'], 'evaluation', { photos: 3 });
    const { manifest, data } = await readPackage(bytes, '佐证.kaoping');
    const db = fresh();
    const summary = await mergePackage(db, data, '佐证.kaoping', manifest.scope);
    expect(summary).toMatchObject({ added: 1 + 2 + 1 + inputCount + 3, evidenceAdded: 3, updated: 0, unchanged: 0 });
    expect(await db.evidence.count()).toBe(3);
    const again = await mergePackage(db, data, '佐证.kaoping', manifest.scope);
    expect(again).toMatchObject({ added: 0, evidenceAdded: 0 });
  });

  it('brings another office’s evaluation in, and merging the same package again changes nothing', async () => {
    const a = await officeA();
    await setInput(a.db, a.evaluation.id, a.units[0]!.id, a.manual.id, 2.5, '张三');
    const b = fresh();
    const first = await mergePackage(b, await a.pack(a.db), 'a.kaoping', a.scope);
    expect(first).toMatchObject({ updated: 0, conflicts: 0, evaluationId: a.evaluation.id });
    expect(first.added).toBe(1 + 2 + 1 + 1);
    expect((await b.inputs.get(inputIdFor(a.evaluation.id, a.units[0]!.id, a.manual.id)))?.value).toBe(2.5);
    const before = await snapshot(b);
    const again = await mergePackage(b, await a.pack(a.db), 'a.kaoping', a.scope);
    expect(again).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    expect(await snapshot(b)).toEqual(before);
  });

  it('takes a change made only in the package, and keeps both versions of a change made on both sides', async () => {
    const a = await officeA();
    const b = fresh();
    await mergePackage(b, await a.pack(a.db), 'a.kaoping', a.scope);
    const [jia, yi] = a.units;
    await setInput(a.db, a.evaluation.id, jia!.id, a.manual.id, 3, '张三');
    await setInput(b, a.evaluation.id, yi!.id, a.manual.id, 1, '李四');
    await setInput(b, a.evaluation.id, jia!.id, a.manual.id, 1.5, '李四');
    await setInput(a.db, a.evaluation.id, yi!.id, a.manual.id, 2, '张三');
    // b: 甲区 changed on both sides → conflict; 乙区 changed on both sides → conflict too.
    const summary = await mergePackage(b, await a.pack(a.db), 'a.kaoping', a.scope);
    expect(summary.conflicts).toBe(2);
    expect((await b.inputs.get(inputIdFor(a.evaluation.id, jia!.id, a.manual.id)))?.value).toBe(1.5);
    const [conflict] = await b.conflicts.toArray();
    await resolveStoredConflict(b, conflict!.id, 'theirs');
    expect(await b.conflicts.count()).toBe(1);
    const kept = await b.inputs.get(conflict!.recordId);
    expect(kept?.value).toBe(conflict!.theirs.value);
    const third = await mergePackage(b, await a.pack(a.db), 'a.kaoping', a.scope);
    expect(third.conflicts).toBe(1);
  });

  it('refuses a package whose unit clashes by name and leaves the database untouched', async () => {
    const a = await officeA();
    const b = fresh();
    const stranger = await b.units.add({ id: 'another-id', name: '甲区', createdAt: '' });
    expect(stranger).toBe('another-id');
    const before = await snapshot(b);
    await expect(mergePackage(b, await a.pack(a.db), 'a.kaoping', a.scope)).rejects.toThrow('与本机同名单位编号不同');
    expect(await snapshot(b)).toEqual(before);
  });
});

describe('a package is held to its scope', () => {
  it('a one-unit package cannot rewrite shared definitions or other units; authorship stays as claimed', async () => {
    const a = await officeA();
    const [jia, yi] = a.units;
    const b = fresh();
    await mergePackage(b, await a.pack(a.db), 'a.kaoping', a.scope);
    const before = await snapshot(b);
    // 张三's package for 甲区 only: the indicator raised tenfold, 乙区 dropped, the tie rule switched, 乙区 rescored — histories forged.
    const data = await collectEvaluation(a.db, a.evaluation, { unitIds: [jia!.id] });
    const [system] = data.tables.indicatorSystems!;
    const [evaluation] = data.tables.evaluations!;
    const raised = (system!.indicators as Array<Record<string, unknown>>).map((indicator) =>
      indicator.id === a.manual.id ? { ...indicator, maxPoints: 3000 } : indicator,
    );
    data.tables.indicatorSystems = [revise({ ...system!, indicators: raised }, system!, '组长', '2026-11-24T00:00:00Z')];
    data.tables.evaluations = [
      revise({ ...evaluation!, unitIds: [jia!.id], tieRule: 'dense' }, evaluation!, '组长', '2026-11-24T00:00:00Z'),
    ];
    const stranger = revise(
      {
        id: inputIdFor(a.evaluation.id, yi!.id, a.manual.id),
        evaluationId: a.evaluation.id,
        unitId: yi!.id,
        indicatorId: a.manual.id,
        value: 0,
        note: '',
        inspector: '张三',
        updatedAt: '2026-11-20T08:00:00Z',
      },
      undefined,
      '组长',
      '2026-11-24T00:00:00Z',
    );
    data.tables.inputs = [stranger];
    const bytes = await buildPackage(data, {
      ...INFO,
      createdBy: '张三',
      scope: { kind: 'units', description: '甲区', evaluationId: a.evaluation.id, unitIds: [jia!.id] },
    });
    const read = await readPackage(bytes, '张三.kaoping');
    const summary = await mergePackage(b, read.data, '张三.kaoping', read.manifest.scope);
    expect(summary).toMatchObject({ updated: 0, conflicts: 2, refused: 1, refusedReasons: ['1 条记录不属于评价包声明的单位，未合并'] });
    const [systems, units, evaluations, inputs] = await snapshot(b);
    expect([systems, units, evaluations, inputs]).toEqual(before.slice(0, 4));
    const conflicts = await b.conflicts.toArray();
    expect(conflicts.map((conflict) => [conflict.table, conflict.reason])).toEqual([
      ['evaluations', 'outOfScope'],
      ['indicatorSystems', 'outOfScope'],
    ]);
    // Kept after review, the change is the package's claim, not the reviewer's.
    await resolveStoredConflict(b, conflicts[0]!.id, 'theirs');
    expect(await b.evaluations.get(a.evaluation.id)).toMatchObject({ tieRule: 'dense', meta: { changedBy: '组长' } });
  });
});

describe('bad packages', () => {
  it('leave the database exactly as it was', async () => {
    const a = await officeA();
    await setInput(a.db, a.evaluation.id, a.units[0]!.id, a.manual.id, 2, '张三');
    const b = fresh();
    await mergePackage(b, await a.pack(a.db), 'a.kaoping', a.scope);
    const before = await snapshot(b);
    const good = await buildPackage(await collectEvaluation(a.db, a.evaluation), INFO);
    const truncated = good.subarray(0, good.length - 100);
    const newer = zipSync({
      ...unzipSync(good),
      'manifest.json': strToU8(
        JSON.stringify({ ...JSON.parse(strFromU8(unzipSync(good)['manifest.json']!)), formatVersion: FORMAT_VERSION + 1 }),
      ),
    });
    for (const bytes of [truncated, newer]) {
      await expect(
        readPackage(bytes, 'bad.kaoping').then((read) => mergePackage(b, read.data, 'bad.kaoping', read.manifest.scope)),
      ).rejects.toThrow('无法导入评价包“bad.kaoping”');
    }
    expect(await snapshot(b)).toEqual(before);
  });
});

describe('package scopes', () => {
  it('narrows a package to some units, or to one inspector’s results', async () => {
    const a = await officeA();
    const [jia, yi] = a.units;
    await setInput(a.db, a.evaluation.id, jia!.id, a.manual.id, 2, '张三');
    await setInput(a.db, a.evaluation.id, yi!.id, a.manual.id, 1, '李四');
    const forYi = await collectEvaluation(a.db, a.evaluation, { unitIds: [yi!.id] });
    expect(forYi.tables.units!.map((unit) => unit.name)).toEqual(['乙区']);
    expect(forYi.tables.inputs!.map((input) => input.unitId)).toEqual([yi!.id]);
    const byZhang = await collectEvaluation(a.db, a.evaluation, { inspector: '张三' });
    expect(byZhang.tables.inputs!.map((input) => input.inspector)).toEqual(['张三']);
  });
});

describe('a checklist inspection travels in packages', () => {
  /** `data` written as a package with `scope` by `createdBy` and read back, as another office receives it. */
  const carried = async (data: Awaited<ReturnType<typeof collectEvaluation>>, scope: PackageScope, createdBy: string) =>
    readPackage(await buildPackage(data, { ...INFO, createdBy, scope }), `${createdBy}.kaoping`);

  it('goes out per unit with its document and checklist, comes back scored with notes and evidence, and merges with a conflict kept', async () => {
    const office = fresh();
    const { evaluationId, units, measures, documentId } = await storeChecklistInspection(office);
    const evaluation = (await office.evaluations.get(evaluationId))!;
    const [jia, yi] = units;
    const unitScope = (unitId: string): PackageScope => ({ kind: 'units', description: '', evaluationId, unitIds: [unitId] });
    const inspectors = [
      { name: '张三', unit: jia!, db: fresh() },
      { name: '李四', unit: yi!, db: fresh() },
    ];
    for (const inspector of inspectors) {
      const out = await carried(
        await collectEvaluation(office, evaluation, { unitIds: [inspector.unit.id] }),
        unitScope(inspector.unit.id),
        '组长',
      );
      expect([out.data.tables.documents!.map((doc) => doc.id), out.data.tables.items!.length]).toEqual([
        [documentId],
        await office.items.count(),
      ]);
      await mergePackage(inspector.db, out.data, '组长.kaoping', out.manifest.scope);
      await setChecklistStatus(inspector.db, evaluationId, inspector.unit.id, measures[0]!.id, 'partial', inspector.name);
      await setInputNote(
        inspector.db,
        inputIdFor(evaluationId, inspector.unit.id, measures[0]!.id),
        `${inspector.name}：台账不全`,
        inspector.name,
      );
      await setChecklistStatus(inspector.db, evaluationId, inspector.unit.id, measures[1]!.id, 'implemented', inspector.name);
      await addEvidence(
        inspector.db,
        { id: inputIdFor(evaluationId, inspector.unit.id, measures[0]!.id), evaluationId },
        { name: `${inspector.name}.png`, bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
        inspector.name,
      );
    }
    // The office itself scored 甲区's first measure meanwhile: both sides changed it.
    await setChecklistStatus(office, evaluationId, jia!.id, measures[0]!.id, 'notImplemented', '组长');
    for (const inspector of inspectors) {
      const back = await carried(
        await collectEvaluation(inspector.db, evaluation, { inspector: inspector.name }),
        { kind: 'inspector', description: '', evaluationId, inspector: inspector.name },
        inspector.name,
      );
      await mergePackage(office, back.data, `${inspector.name}.kaoping`, back.manifest.scope);
    }
    const cells = (await office.inputs.where('evaluationId').equals(evaluationId).toArray()).map((cell) => [
      cell.unitId === jia!.id ? '甲区' : '乙区',
      measures.findIndex((measure) => measure.id === cell.indicatorId),
      cell.value,
      cell.inspector,
      cell.note,
    ]);
    expect(cells.sort()).toEqual(
      [
        ['甲区', 0, 0, '组长', ''],
        ['甲区', 1, 2, '张三', ''],
        ['乙区', 0, 1, '李四', '李四：台账不全'],
        ['乙区', 1, 2, '李四', ''],
      ].sort(),
    );
    expect((await office.evidence.toArray()).map((entry) => [entry.name, entry.type]).sort()).toEqual([
      ['张三.png', 'image/png'],
      ['李四.png', 'image/png'],
    ]);
    const [conflict, ...others] = await office.conflicts.toArray();
    expect([conflict!.table, conflict!.recordId, conflict!.reason, others.length]).toEqual([
      'inputs',
      inputIdFor(evaluationId, jia!.id, measures[0]!.id),
      'bothChanged',
      0,
    ]);
    await resolveStoredConflict(office, conflict!.id, 'theirs');
    expect(await office.inputs.get(conflict!.recordId)).toMatchObject({ value: 1, note: '张三：台账不全', inspector: '张三' });
    expect(await office.conflicts.count()).toBe(0);
  });
});

describe('a package of another basis', () => {
  it('is refused, naming the file and each difference, and writes nothing', async () => {
    const office = fresh();
    const { evaluationId, units, measures } = await storeChecklistInspection(office);
    const evaluation = (await office.evaluations.get(evaluationId))!;
    const field = fresh();
    const scope: PackageScope = { kind: 'evaluation', description: '', evaluationId };
    const out = await readPackage(await buildPackage(await collectEvaluation(office, evaluation), { ...INFO, scope }), 'out.kaoping');
    await mergePackage(field, out.data, 'out.kaoping', scope);
    await setChecklistStatus(field, evaluationId, units[0]!.id, measures[0]!.id, 'implemented', '张三');
    await field.items.update(measures[1]!.id, { text: '改写后的举措正文。' });
    const changed = await collectEvaluation(field, evaluation);
    const otherKind = {
      ...changed,
      tables: { ...changed.tables, evaluations: [{ ...evaluation, basis: { kind: 'indicatorSystem', systemId: 'sys' } }] },
    };
    const before = await Promise.all([office.inputs.toArray(), office.items.toArray(), office.conflicts.toArray()]);
    await expect(mergePackage(office, changed, '张三.kaoping', scope)).rejects.toThrow(
      new Error(`“张三.kaoping”的政策文件与本机版本不同：${measureLabel(measures[1]!)}的内容已改动`),
    );
    await expect(mergePackage(office, otherKind, '张三.kaoping', scope)).rejects.toThrow(
      '“张三.kaoping”中的评价“2021年度督查”为指标评分（按指标体系），本机的同一评价为清单督查（按政策文件的改革举措），不能合并。',
    );
    expect(await Promise.all([office.inputs.toArray(), office.items.toArray(), office.conflicts.toArray()])).toEqual(before);
  });
});

describe('unit ids', () => {
  it('derive from the name, so two offices creating 甲区 agree', async () => {
    const [one, two] = [fresh(), fresh()];
    expect((await createUnit(one, '甲区')).id).toBe((await createUnit(two, '甲区')).id);
  });
});
