import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { SEED, seedBytes } from '../../test/fixtures/seeds';
import { importPolicyFile } from '../import/import-policy-file';
import { importRubricFile } from '../rubric/import-rubric-file';
import { ImportError } from './import-error';
import { readWorkbook } from './read-workbook';
import { repackArchive } from './repack-archive';

const RUBRIC_XLSX = 'office/004_办理建筑许可营商环境部门评分细则.xlsx';

describe('repackArchive: unpacked by fflate within limits, packed again stored, before SheetJS or mammoth read it', () => {
  it('gives the real seed workbook back whole: the rubric reads the same from the repacked bytes', async () => {
    const repacked = repackArchive(seedBytes(RUBRIC_XLSX), '细则.xlsx', 'Excel');
    expect(readWorkbook(repacked, '细则.xlsx').SheetNames).toEqual(readWorkbook(seedBytes(RUBRIC_XLSX), '细则.xlsx').SheetNames);
    expect((await importRubricFile(seedBytes(RUBRIC_XLSX), '细则.xlsx')).indicators.length).toBeGreaterThan(10);
    expect(() => repackArchive(seedBytes(SEED.luoyang2021Docx), '政策.docx', 'Word')).not.toThrow();
  });

  it('refuses, rather than hangs on, the workbook with 8 junk bytes inserted that SheetJS’s own inflate never returned from (npm run fuzz)', async () => {
    const damaged = new Uint8Array(readFileSync(join(import.meta.dirname, '../../test/fixtures/damaged/junk-inserted.xlsx')));
    await expect(importRubricFile(damaged, '细则.xlsx')).rejects.toThrow(/无法导入“细则\.xlsx”/);
  });

  it('refuses a workbook cut short (no central directory) as damaged, naming the file — the importers too', async () => {
    const truncated = seedBytes(RUBRIC_XLSX).slice(0, 120);
    expect(() => repackArchive(truncated, '细则.xlsx', 'Excel')).toThrow(/无法导入“细则\.xlsx”：Excel 文件已损坏或不完整/);
    await expect(importRubricFile(truncated, '细则.xlsx')).rejects.toThrow(/Excel 文件已损坏或不完整/);
    await expect(importPolicyFile(truncated, '清单.xlsx')).rejects.toThrow(/“清单\.xlsx”：Excel 文件已损坏或不完整/);
    const docx = seedBytes(SEED.luoyang2021Docx);
    await expect(importPolicyFile(docx.slice(0, docx.length - 30), '政策.docx')).rejects.toThrow(/Word 文件已损坏或不完整/);
  });

  it('refuses declared sizes over the limits without inflating, naming the entry', () => {
    const archive = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(4000), 'xl/sharedStrings.xml': new Uint8Array(3000) });
    const limits = { entryBytes: 3500, totalBytes: 6000 };
    const refusal = (() => {
      try {
        repackArchive(archive, '炸弹.xlsx', 'Excel', limits);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(ImportError);
    expect((refusal as ImportError).place).toBe('xl/worksheets/sheet1.xml');
    expect(() => repackArchive(archive, '炸弹.xlsx', 'Excel', { entryBytes: 5000, totalBytes: 6000 })).toThrow(/解压后总大小超过上限/);
    expect(() => repackArchive(archive, '炸弹.xlsx', 'Excel', { entryBytes: 5000, totalBytes: 8000 })).not.toThrow();
  });
});
