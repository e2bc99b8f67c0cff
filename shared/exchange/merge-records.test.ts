import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { metaOf, revise } from '../domain/record-meta';
import { mergePackageData } from './merge-packages';
import { markResolved, mergeTable, relate, resolveConflict } from './merge-records';

type Cell = { id: string; unitId: string; value: number | null; meta?: ReturnType<typeof metaOf> };

const at = (minute: number) => `2026-11-23T08:${String(minute).padStart(2, '0')}:00Z`;
const base = (id: string, value: number): Cell => revise({ id, unitId: id.split('|')[0]!, value }, undefined, '组长', at(0));
const edit = (cell: Cell, value: number, who: string, minute: number): Cell => revise({ ...cell, value }, cell, who, at(minute));

describe('mergeTable', () => {
  it('adds new records, skips unchanged ones, takes one-sided changes, reports two-sided ones', () => {
    const a = base('甲|i1', 1);
    const b = base('乙|i1', 1);
    const c = base('丙|i1', 1);
    const local = [edit(a, 2, '张三', 5), b, c];
    const incoming = [a, edit(b, 3, '李四', 6), edit(c, 4, '李四', 7), base('丁|i1', 9)];
    const result = mergeTable('inputs', local, incoming);
    expect(result.added).toBe(1);
    expect(result.updated).toBe(2);
    expect(result.unchanged).toBe(1);
    expect(result.writes.map((cell) => cell.id)).toEqual(['乙|i1', '丙|i1', '丁|i1']);
    expect(result.conflicts).toEqual([]);
    const both = mergeTable('inputs', [edit(c, 5, '张三', 8)], [edit(c, 4, '李四', 7)]);
    expect(both.conflicts).toHaveLength(1);
    expect(both.writes).toEqual([]);
  });

  it('treats the same edit made on both sides as no conflict', () => {
    const c = base('甲|i1', 1);
    const mine = revise({ ...c, value: 2 }, c, '张三', at(5));
    const theirs = revise({ ...c, value: 2 }, c, '李四', at(6));
    expect(relate(metaOf(mine), metaOf(theirs))).toBe('same');
  });

  it('compares values, not revisions: the same value saved on both sides by different people at different times is no conflict', () => {
    type Input = Cell & { inspector: string; updatedAt: string; note: string };
    const start = revise(
      { id: '甲|i1', unitId: '甲', value: 80, inspector: '组长', updatedAt: at(0), note: '' } as Input,
      undefined,
      '组长',
      at(0),
    );
    const mine = revise({ ...start, value: 88.5, inspector: '张三', updatedAt: at(5) }, start, '张三', at(5));
    const theirs = revise({ ...start, value: 88.5, inspector: '李四', updatedAt: at(6) }, start, '李四', at(6));
    expect(relate(metaOf(mine), metaOf(theirs))).toBe('diverged');
    const merged = mergeTable('inputs', [mine], [theirs]);
    expect(merged).toMatchObject({ conflicts: [], writes: [], unchanged: 1 });
    // A value that differs — here only the note — is still a conflict.
    expect(mergeTable('inputs', [mine], [{ ...theirs, note: '现场核实' }]).conflicts).toHaveLength(1);
  });

  it('a resolved conflict stays resolved in later merges with either side', () => {
    const c = base('甲|i1', 1);
    const mine = edit(c, 2, '张三', 5);
    const theirs = edit(c, 3, '李四', 6);
    const [conflict] = mergeTable('t', [mine], [theirs]).conflicts;
    const kept = resolveConflict(conflict!, 'newer');
    expect(kept.value).toBe(3);
    const resolved = markResolved(kept, mine, '组长', at(9));
    expect(mergeTable('t', [resolved], [mine]).conflicts).toEqual([]);
    expect(mergeTable('t', [resolved], [theirs]).conflicts).toEqual([]);
    expect(mergeTable('t', [mine], [resolved]).writes).toEqual([resolved]);
  });
});

describe('merge properties', () => {
  const units = ['甲', '乙', '丙', '丁', '戊'];
  const edits = fc.array(fc.record({ unit: fc.integer({ min: 0, max: 4 }), value: fc.integer({ min: 0, max: 9 }) }), { maxLength: 8 });

  /** A base table of five cells; each inspector edits the cells they are given (张三 odd values, 李四 even, so their edits never coincide). */
  function scenario(mineEdits: Array<{ unit: number; value: number }>, theirEdits: Array<{ unit: number; value: number }>) {
    const start = units.map((unit) => base(`${unit}|i1`, 0));
    const apply = (table: Cell[], list: Array<{ unit: number; value: number }>, who: string, offset: number) =>
      list.reduce(
        (cells, change, step) =>
          cells.map((cell, index) => (index === change.unit ? edit(cell, change.value * 2 + offset, who, step + 1) : cell)),
        table,
      );
    return { start, mine: apply(start, mineEdits, '张三', 1), theirs: apply(start, theirEdits, '李四', 2) };
  }

  it('importing twice equals importing once, and merging into an empty table gives the incoming data', () => {
    fc.assert(
      fc.property(edits, edits, (mineEdits, theirEdits) => {
        const { mine, theirs } = scenario(mineEdits, theirEdits);
        const once = mergePackageData(
          { tables: { inputs: mine }, attachments: new Map() },
          { tables: { inputs: theirs }, attachments: new Map() },
        );
        const twice = mergePackageData(once.data, { tables: { inputs: theirs }, attachments: new Map() });
        expect(twice.data.tables).toEqual(once.data.tables);
        expect(twice.stats.inputs!.added + twice.stats.inputs!.updated).toBe(0);
        expect(
          mergePackageData({ tables: {}, attachments: new Map() }, { tables: { inputs: theirs }, attachments: new Map() }).data.tables
            .inputs,
        ).toEqual(theirs);
      }),
    );
  });

  it('non-conflicting changes merge the same in either order; every cell changed on both sides is reported', () => {
    fc.assert(
      fc.property(edits, edits, (mineEdits, theirEdits) => {
        const { start, mine, theirs } = scenario(mineEdits, theirEdits);
        const changedMine = new Set(mine.filter((cell, index) => cell.meta!.hash !== start[index]!.meta!.hash).map((cell) => cell.id));
        const changedTheirs = new Set(theirs.filter((cell, index) => cell.meta!.hash !== start[index]!.meta!.hash).map((cell) => cell.id));
        const ab = mergeTable('t', mine, theirs);
        const ba = mergeTable('t', theirs, mine);
        const expectedConflicts = [...changedMine].filter((id) => changedTheirs.has(id));
        expect(ab.conflicts.map((conflict) => conflict.id).sort()).toEqual(expectedConflicts.sort());
        expect(ba.conflicts.map((conflict) => conflict.id).sort()).toEqual(expectedConflicts.sort());
        const result = (local: Cell[], merge: typeof ab) => {
          const byId = new Map(local.map((cell) => [cell.id, cell]));
          for (const cell of merge.writes) byId.set(cell.id, cell);
          return units
            .map((unit) => byId.get(`${unit}|i1`)!)
            .filter((cell) => !expectedConflicts.includes(cell.id))
            .map((cell) => [cell.id, cell.value]);
        };
        expect(result(mine, ab)).toEqual(result(theirs, ba));
      }),
    );
  });
});
