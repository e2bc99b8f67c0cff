import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { SEED, seedBytes, seedFileName } from '../../test/fixtures/seeds';
import type { ChecklistItem } from '../domain/types';
import {
  ChecklistEditError,
  indentItem,
  mergeIntoPrevious,
  moveItem,
  outdentItem,
  removeItem,
  splitItem,
  updateItem,
} from './edit-checklist';
import { importPolicyFile } from './import-policy-file';

const seed000 = async () => (await importPolicyFile(seedBytes(SEED.luoyang2021), seedFileName(SEED.luoyang2021))).documents[0]!.items;
const byNumber = (items: ChecklistItem[], kind: ChecklistItem['kind'], number: string) =>
  items.find((item) => item.kind === kind && item.number === number)!;
const childrenOf = (items: ChecklistItem[], id: string) => items.filter((item) => item.parentId === id);

/** Reading order with each item's descendants right after it, ids unique, parents before children. */
function expectWellFormed(items: ChecklistItem[]): void {
  expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  const open: string[] = [];
  for (const item of items) {
    while (open.length > 0 && open[open.length - 1] !== item.parentId) open.pop();
    if (item.parentId !== null) expect(open, `${item.id} follows its parent's subtree`).toContain(item.parentId);
    open.push(item.id);
  }
}

describe('editing a parsed checklist in review (seed 000)', () => {
  it('merges a measure into the one before: texts joined, owners united, children adopted', async () => {
    const items = await seed000();
    const task = items.find((candidate) => candidate.kind === 'task' && childrenOf(items, candidate.id).length >= 2)!;
    const [first, second] = childrenOf(items, task.id);
    const merged = mergeIntoPrevious(items, second!.id);
    const result = merged.find((item) => item.id === first!.id)!;
    expect(result.text).toBe(`${first!.text}\n${second!.text}`);
    expect(result.responsibleUnits).toEqual([...new Set([...first!.responsibleUnits, ...second!.responsibleUnits])]);
    expect(merged).toHaveLength(items.length - 1);
    expect(() => mergeIntoPrevious(items, first!.id)).toThrow(ChecklistEditError);
    const task2 = byNumber(items, 'task', '2');
    const adopted = mergeIntoPrevious(items, task2.id);
    expect(childrenOf(adopted, byNumber(items, 'task', '1').id).length).toBe(
      childrenOf(items, byNumber(items, 'task', '1').id).length + childrenOf(items, task2.id).length,
    );
    expectWellFormed(adopted);
  });

  it('splits a measure at a sentence: two siblings with the owners of the first, titles taken again', async () => {
    const items = await seed000();
    const measure = byNumber(items, 'measure', '1');
    const at = measure.text.indexOf('。') + 1;
    const split = splitItem(items, measure.id, at);
    const index = split.findIndex((item) => item.id === measure.id);
    const [head, tail] = [split[index]!, split[index + 1]!];
    expect(head.text + tail.text).toBe(measure.text.slice(0, at).trim() + measure.text.slice(at).trim());
    expect(tail).toMatchObject({
      parentId: measure.parentId,
      kind: 'measure',
      number: '',
      leadUnits: measure.leadUnits,
      deadline: measure.deadline,
    });
    expect(tail.title).not.toBe(measure.title);
    expect(tail.text.startsWith(tail.title.replace(/…$/, ''))).toBe(true);
    expect(() => splitItem(items, measure.id, 0)).toThrow('拆分点两侧都要有文字');
  });

  it('drops a noise heading, moving its children up; moves, indents and outdents whole subtrees', async () => {
    const items = await seed000();
    const section = items[0]!;
    const dropped = removeItem(items, section.id);
    expect(dropped.filter((item) => item.parentId === null).length).toBe(
      items.filter((item) => item.parentId === null).length - 1 + childrenOf(items, section.id).length,
    );
    const task2 = byNumber(items, 'task', '2');
    const up = moveItem(items, task2.id, 'up');
    expect(
      childrenOf(up, task2.parentId!)
        .map((item) => item.number)
        .slice(0, 2),
    ).toEqual(['2', '1']);
    expect(moveItem(up, task2.id, 'down')).toEqual(items);
    const indented = indentItem(items, task2.id);
    expect(indented.find((item) => item.id === task2.id)!.parentId).toBe(byNumber(items, 'task', '1').id);
    expect(outdentItem(indented, task2.id)).toEqual(items);
    expect(() => outdentItem(items, section.id)).toThrow('已是最高一级');
    expect(
      updateItem(items, task2.id, { deadline: { text: '2021年年底前', date: '2021-12-31' } }).find((item) => item.id === task2.id)!.deadline
        ?.date,
    ).toBe('2021-12-31');
  });

  it('keeps any sequence of edits well formed and never loses text except by an explicit drop', async () => {
    const items = await seed000();
    const textOf = (list: ChecklistItem[]) =>
      list
        .map((item) => item.text)
        .join('')
        .replace(/\s/g, '');
    const edit = fc.tuple(fc.constantFrom('merge', 'split', 'up', 'down', 'indent', 'outdent'), fc.nat(), fc.nat());
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        let current = items;
        for (const [kind, pick, offset] of edits) {
          const target = current[pick % current.length]!;
          try {
            if (kind === 'merge') current = mergeIntoPrevious(current, target.id);
            else if (kind === 'split') current = splitItem(current, target.id, offset % (target.text.length + 1));
            else if (kind === 'up' || kind === 'down') current = moveItem(current, target.id, kind);
            else if (kind === 'indent') current = indentItem(current, target.id);
            else current = outdentItem(current, target.id);
          } catch (error) {
            expect(error).toBeInstanceOf(ChecklistEditError);
          }
        }
        expectWellFormed(current);
        expect([...textOf(current)].sort().join('')).toBe([...textOf(items)].sort().join(''));
      }),
      { numRuns: 80 },
    );
  });
});
