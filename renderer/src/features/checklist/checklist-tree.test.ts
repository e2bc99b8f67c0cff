import { describe, expect, it } from 'vitest';

import { importPolicyFile } from '#shared/import/import-policy-file';

import { SEED, seedBytes } from '../../../../test/fixtures/seeds';
import { toChecklistTree, visibleRows } from './checklist-tree';

const { documents } = await importPolicyFile(seedBytes(SEED.luoyang2021), '000.txt');
const items = documents[0]!.items;

describe('the 任务清单 as a flat list (seed 000)', () => {
  it('shows every item in reading order, each as deep as its chain of parents', () => {
    const rows = visibleRows(toChecklistTree(items), new Set());
    expect(rows.map(({ row }) => row.id)).toEqual(items.map((item) => item.id));
    const byId = new Map(items.map((item) => [item.id, item]));
    const depthOf = (id: string | null | undefined): number => (id && byId.get(id)?.parentId ? 1 + depthOf(byId.get(id)!.parentId) : 0);
    expect(rows.map(({ depth }) => depth)).toEqual(items.map((item) => depthOf(item.id)));
    expect(new Set(rows.map(({ depth }) => depth))).toEqual(new Set([0, 1, 2]));
  });

  it('leaves out what lies under a collapsed section, and only that', () => {
    const sections = items.filter((item) => item.kind === 'section');
    const collapsed = sections[1]!;
    const under = (id: string): string[] => items.filter((item) => item.parentId === id).flatMap((child) => [child.id, ...under(child.id)]);
    const hidden = new Set(under(collapsed.id));
    expect(hidden.size).toBeGreaterThan(3);
    const rows = visibleRows(toChecklistTree(items), new Set([collapsed.id]));
    expect(rows.map(({ row }) => row.id)).toEqual(items.filter((item) => !hidden.has(item.id)).map((item) => item.id));
  });
});
