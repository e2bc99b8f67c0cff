// The reports as an office sees them: converted by LibreOffice, text extracted from the PDF, pages
// kept as PNG under test/artifacts/rendered for review. Skipped where LibreOffice is not installed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { buildRubricWorkbook } from '#shared/export/excel/rubric-workbook';
import { buildRectificationReport } from '#shared/export/word/rectification-report';
import { importRubricFile } from '#shared/rubric/import-rubric-file';
import { scoreChecklist } from '#shared/scoring/checklist-score';
import { collectFindings } from '#shared/scoring/findings';
import { type NamedInputs, resolveNamedInputs } from '#shared/scoring/score-inputs';
import { scoreRubric } from '#shared/scoring/score-rubric';

import { seedEvaluation } from '../fixtures/evaluation';
import { SEED, seedBytes } from '../fixtures/seeds';
import { canRender, renderDocuments } from '../helpers/render-pdf';

describe.skipIf(!canRender)('rendered by LibreOffice', { timeout: 600_000 }, () => {
  it('opens the Word report and the Excel score sheets without repair, with the Chinese text on the pages', async () => {
    const fixture = await seedEvaluation();
    const unit = fixture.units[1]!;
    const score = scoreChecklist(fixture.document.items, fixture.units, fixture.inputs)[1]!;
    const report = await buildRectificationReport({
      document: fixture.document,
      evaluationName: fixture.evaluation.name,
      unit,
      score,
      findings: collectFindings(fixture.document.items, [unit], fixture.inputs),
      reportedOn: '2026-11-23',
      docNumber: '西工营商办〔2026〕3号',
    });
    const system = await importRubricFile(seedBytes(SEED.compilation2023), '004.txt');
    const named = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'fixtures', 'scoring', 'seed004-six-units.inputs.json'), 'utf8'),
    ) as NamedInputs;
    const resolved = resolveNamedInputs(system, named);
    const scores = scoreRubric(system, resolved.unitIds, resolved.inputs, { tieRule: 'competition', notApplicable: 'rescale' });
    const workbook = (
      await buildRubricWorkbook({
        system,
        evaluationName: '2023年度评价',
        unitNames: new Map(resolved.unitIds.map((id) => [id, id])),
        scores,
        records: new Map(),
        exportedOn: '2026-11-23',
      })
    ).bytes;
    const rendered = renderDocuments({ '整改报告.docx': report, '评分表.xlsx': workbook }, join('test', 'artifacts', 'rendered'));
    // pdftotext puts spaces between Chinese and Latin runs and across line breaks: compare without them.
    const compact = (text: string) => text.replace(/\s+/g, '');
    const word = rendered['整改报告.docx']!;
    expect(compact(word.text)).toContain('西工营商办〔2026〕3号西工区关于2026年营商环境督查发现问题的整改报告');
    expect(compact(word.text)).toContain('—1—');
    expect(compact(word.text)).toContain('附件整改台账');
    expect(word.pages.length).toBeGreaterThan(2);
    const sheets = rendered['评分表.xlsx']!;
    expect(compact(sheets.text)).toContain('2023年度评价汇总排名表');
    expect(compact(sheets.text)).toMatch(/1甲区60\.009\.507\.0020\.003\.000\.0099\.50/);
  });
});
