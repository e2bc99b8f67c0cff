import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';

import { SEED, seedBytes } from '../../test/fixtures/seeds';
import type { ChecklistItem } from '../domain/types';
import { buildChecklistWorkbook } from '../export/excel/checklist-workbook';
import { contentFingerprintOf, fingerprintOf } from '../read/fingerprint';
import { applyChecklistDiff, diffChecklists } from './checklist-diff';
import { importPolicyFile } from './import-policy-file';

const VERSIONS = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'policy-versions');
const readVersion = async (name: string) =>
  (await importPolicyFile(new Uint8Array(readFileSync(join(VERSIONS, name))), name)).documents[0]!;

describe('diffChecklists', () => {
  it('finds the changed, added and removed measures between two versions of a notice', async () => {
    const [before, after] = [await readVersion('v1.txt'), await readVersion('v2.txt')];
    const diff = diffChecklists(before.items, after.items);
    expect(diff.unchanged.map((pair) => pair.after.number)).toEqual(['一', '二', '4', '5']);
    expect(diff.changed.map((change) => [change.after.number, change.fields])).toEqual([
      ['1', ['text']],
      ['2', ['owners', 'deadline']],
    ]);
    expect(diff.added.map((item) => item.text)).toEqual(['开展营商环境体验官活动，每季度听取企业意见。']);
    expect(diff.removed.map((item) => item.number)).toEqual(['3']);
  });

  it('keeps the stored ids of kept and changed items, parents re-pointed; new items keep theirs', async () => {
    const [before, after] = [await readVersion('v1.txt'), await readVersion('v2.txt')];
    const merged = applyChecklistDiff(after.items, diffChecklists(before.items, after.items));
    const storedIds = new Set(before.items.map((item) => item.id));
    expect(merged.filter((item) => storedIds.has(item.id)).map((item) => item.number)).toEqual(['一', '1', '2', '二', '4', '5']);
    const added = merged.find((item) => item.number === '6')!;
    expect(storedIds.has(added.id)).toBe(false);
    expect(added.parentId).toBe(before.items.find((item) => item.number === '二')!.id);
    expect(merged.find((item) => item.number === '1')!.text).toContain('营业执照与印章同步发放');
  });

  it('matches a renumbered item by its text (also when its kind changed); a new text is added', () => {
    const item = (
      id: string,
      kind: ChecklistItem['kind'],
      number: string,
      text: string,
      parentId: string | null = null,
    ): ChecklistItem => ({
      id,
      parentId,
      kind,
      number,
      title: text,
      text,
      leadUnits: [],
      responsibleUnits: [],
      supportingUnits: [],
      owner: null,
      deadline: null,
      source: { line: 1 },
    });
    const before = [
      item('a', 'section', '一', '总体要求'),
      item('b', 'measure', '1', '压缩审批时限', 'a'),
      item('c', 'measure', '2', '公开办事指南', 'a'),
    ];
    const after = [
      item('x', 'section', '一', '总体要求'),
      item('y', 'measure', '1', '公开办事指南', 'x'),
      item('z', 'measure', '2', '全面推行容缺受理', 'x'),
      item('w', 'task', '3', '压缩审批时限', 'x'),
    ];
    const diff = diffChecklists(before, after);
    expect(diff.changed.map((change) => [change.before.id, change.after.id, change.fields])).toEqual([
      ['c', 'y', ['number']],
      ['b', 'w', ['kind', 'number']],
    ]);
    expect(diff.added.map((added) => added.id)).toEqual(['z']);
    expect(diff.removed).toEqual([]);
  });
});

describe('contentFingerprintOf', () => {
  it('is the same for a .docx re-packed by another program (other bytes, same reading) and differs for a changed version', async () => {
    const original = seedBytes(SEED.luoyang2021Docx);
    const entries = unzipSync(original);
    const repacked = zipSync(Object.fromEntries(Object.entries(entries).reverse()), { level: 1 });
    const [a, b] = [await importPolicyFile(original, 'a.docx'), await importPolicyFile(repacked, 'b.docx')];
    expect(await fingerprintOf(repacked)).not.toBe(await fingerprintOf(original));
    expect(await contentFingerprintOf(b.documents[0]!)).toBe(await contentFingerprintOf(a.documents[0]!));
    expect(await contentFingerprintOf(await readVersion('v2.txt'))).not.toBe(await contentFingerprintOf(await readVersion('v1.txt')));
  });

  it('is the same for the exported checklist workbook saved again by a spreadsheet program', async () => {
    const document = (await importPolicyFile(seedBytes(SEED.luoyang2021), 'a.txt')).documents[0]!;
    const exported = (await buildChecklistWorkbook(document)).bytes;
    const resaved = new Uint8Array(
      XLSX.write(XLSX.read(exported, { cellStyles: true }), { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    const [first, second] = [await importPolicyFile(exported, '清单.xlsx'), await importPolicyFile(resaved, '清单（另存）.xlsx')];
    expect(second.fingerprint).not.toBe(first.fingerprint);
    expect(second.documents[0]!.items).toHaveLength(first.documents[0]!.items.length);
    expect(await contentFingerprintOf(second.documents[0]!)).toBe(await contentFingerprintOf(first.documents[0]!));
  });
});
