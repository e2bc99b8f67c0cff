import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { seedEvaluation } from '../../test/fixtures/evaluation';
import { safeFileName } from '../text/file-name';
import { buildReportBatch, ExportCancelled } from './batch-reports';

describe('buildReportBatch', () => {
  it('zips one report per unit and reports progress after each', async () => {
    const fixture = await seedEvaluation(['涧西区', '西工区', '老城区', '瀍河区']);
    const progress: Array<[number, number]> = [];
    const zip = await buildReportBatch({ ...fixture, rectifications: [], reportedOn: '2026-11-23' }, (done, total) =>
      progress.push([done, total]),
    );
    expect(Object.keys(unzipSync(zip))).toEqual([
      '涧西区-整改报告.docx',
      '西工区-整改报告.docx',
      '老城区-整改报告.docx',
      '瀍河区-整改报告.docx',
    ]);
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('stops at the next unit when cancelled', async () => {
    const fixture = await seedEvaluation(['甲区', '乙区', '丙区']);
    let done = 0;
    await expect(
      buildReportBatch(
        { ...fixture, rectifications: [], reportedOn: '2026-11-23' },
        (count) => (done = count),
        () => done >= 1,
      ),
    ).rejects.toBeInstanceOf(ExportCancelled);
    expect(done).toBe(1);
  });

  it('makes file names safe', () => {
    expect(safeFileName('A/B:区*?')).toBe('A_B_区__');
  });
});
