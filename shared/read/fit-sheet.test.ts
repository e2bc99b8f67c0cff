import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { seedBytes } from '../../test/fixtures/seeds';
import { importRubricFile } from '../rubric/import-rubric-file';

const RUBRIC = 'office/004_办理建筑许可营商环境部门评分细则.xlsx';

/** The seed workbook with every sheet claiming the largest range Excel allows, and a merge over it. */
function withHugeDimension(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  for (const name of Object.keys(files).filter((entry) => /xl\/worksheets\/sheet\d+\.xml$/.test(entry))) {
    files[name] = strToU8(
      strFromU8(files[name]!)
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
        .replace(/<mergeCells count="(\d+)">/, '<mergeCells count="$1"><mergeCell ref="Z1:XFD1048576"/>'),
    );
  }
  return zipSync(files);
}

describe('fittedSheet', () => {
  it('reads a rubric whose sheet declares A1:XFD1048576 and a huge merge exactly as the original', async () => {
    const original = await importRubricFile(seedBytes(RUBRIC), '细则.xlsx');
    const damaged = await importRubricFile(withHugeDimension(seedBytes(RUBRIC)), '细则.xlsx');
    expect(damaged.indicators.map((indicator) => [indicator.name, indicator.maxPoints])).toEqual(
      original.indicators.map((indicator) => [indicator.name, indicator.maxPoints]),
    );
    expect(damaged.indicators.length).toBeGreaterThan(20);
  });
});
