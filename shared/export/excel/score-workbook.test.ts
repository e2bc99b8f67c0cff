import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';

import { seedEvaluation } from '../../../test/fixtures/evaluation';
import { zipEntryText } from '../../../test/helpers/zip-entry';
import { scoreChecklist } from '../../scoring/checklist-score';
import { buildScoreWorkbook } from './score-workbook';

async function build() {
  const fixture = await seedEvaluation();
  const bytes = (await buildScoreWorkbook({ ...fixture, exportedOn: '2026-11-23' })).bytes;
  return { fixture, bytes, workbook: XLSX.read(bytes, { type: 'array' }) };
}

describe('buildScoreWorkbook', () => {
  it('writes a summary sheet sorted by rank and a score sheet per unit', async () => {
    const { fixture, workbook } = await build();
    expect(workbook.SheetNames).toEqual(['汇总排名', '评分表-涧西区', '评分表-西工区', '评分表-老城区']);
    const scores = scoreChecklist(fixture.document.items, fixture.units, fixture.inputs);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['汇总排名']!, { header: 1 });
    expect(rows[0]).toEqual(['2026年营商环境督查 汇总排名表']);
    expect(String(rows[1]?.[0])).toContain('洛政办〔2021〕39号');
    const expected = [...scores].sort((a, b) => a.rank! - b.rank!).map((score) => [score.rank, score.unitName, score.rate! / 100]);
    expect(rows.slice(3, 6).map((row) => [row[0], row[1], row[8]])).toEqual(expected);
  });

  it('lists every measure of the checklist on a unit sheet with its status, points and note', async () => {
    const { workbook } = await build();
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['评分表-西工区']!, { header: 1, defval: null });
    expect(rows[2]).toEqual(['序号', '类别', '重点任务', '改革举措', '牵头单位', '责任单位', '完成时限', '落实情况', '得分', '说明']);
    const body = rows.slice(3, 3 + 53);
    expect(body.map((row) => row[0])).toEqual(Array.from({ length: 53 }, (_, i) => i + 1));
    // unit 1 (西工区): measure k has CYCLE[(k + 1) % 5] → measure 0 部分落实 (0.5), measure 1 未落实 (0).
    expect(body[0]?.slice(7, 9)).toEqual(['部分落实', 0.5]);
    expect(body[1]?.slice(7, 10)).toEqual(['未落实', 0, '西工区未见实施方案']);
    expect(body[2]?.slice(7, 9)).toEqual(['不适用', null]);
    expect(String(rows[3 + 53]?.[0])).toMatch(/^合计：落实 \d+ 项/);
  });

  it('styles as offices expect: merged title and categories, frozen bold header, A4 landscape print titles', async () => {
    const { bytes } = await build();
    const sheet = zipEntryText(bytes, 'xl/worksheets/sheet2.xml');
    expect(sheet).toContain('<mergeCell ref="A1:J1"/>');
    expect(sheet).toMatch(/<mergeCell ref="B4:B9"\/>/);
    expect(sheet).toContain('ySplit="3"');
    expect(sheet).toMatch(/<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(sheet).toMatch(/fitToHeight="0"/);
    const workbookXml = zipEntryText(bytes, 'xl/workbook.xml');
    expect(workbookXml).toContain('_xlnm.Print_Titles');
    const styles = zipEntryText(bytes, 'xl/styles.xml');
    expect(styles).toContain('<b/>');
    expect(styles).toContain('<left style="thin">');
    expect(styles).toMatch(/<xf numFmtId="2"[^>]*applyNumberFormat="1"/); // built-in 0.00
  });
});
