// GB/T 9704 order of the closing elements on the rendered pages (docs/gbt-9704.md): 正文 → 附件说明
// → 发文机关署名 → 成文日期 → 附件 on a new page, for every Word output. LibreOffice converts the
// reports to PDF, pdftotext reads the pages back; pages stay under test/artifacts/rendered-order.
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { buildEvaluationReport } from '#shared/export/word/evaluation-report';
import { buildConsolidatedReport, buildRectificationReport, rectificationReportParts } from '#shared/export/word/rectification-report';
import { buildDefaultTemplate, fillReportTemplate } from '#shared/export/word/report-template';
import { scoreChecklist } from '#shared/scoring/checklist-score';
import { collectFindings } from '#shared/scoring/findings';

import { seedEvaluation } from '../fixtures/evaluation';
import { seed004SixUnits } from '../fixtures/scoring/seed004-six-units';
import { canRender, renderDocuments } from '../helpers/render-pdf';

const OFFICE = '洛阳市西工区人民政府';
const DATE = '2026年11月23日';

/** A page's text without spaces (pdftotext spaces out mixed runs) and without its "— n —" page number. */
const compact = (text: string) => text.replace(/\s+/g, '').replace(/—\d+—/g, '');

/** The pages of a rendered PDF's text, compacted. */
const pagesOf = (text: string) => text.split('\f').map(compact).filter(Boolean);

/** Checks the closing elements' order: the body's last sentence, 附件说明 (when given), 署名 and date on one page, the attachment starting the next page. */
function expectOfficialOrder(text: string, attachment: string | null): void {
  const pages = pagesOf(text);
  const all = pages.join('');
  expect(all).toContain(`特此报告。${attachment ? `附件：${attachment}` : ''}${OFFICE}${DATE}`);
  const datePage = pages.findIndex((page) => page.includes(`${OFFICE}${DATE}`));
  // The 署名 and date share their page with the end of the body.
  expect(pages[datePage]!.includes(`特此报告。${attachment ? `附件：${attachment}` : ''}${OFFICE}${DATE}`)).toBe(true);
  if (attachment === null) {
    expect(datePage).toBe(pages.length - 1);
    expect(pages[datePage]!.endsWith(`${OFFICE}${DATE}`)).toBe(true);
    return;
  }
  expect(pages[datePage]!.endsWith(`${OFFICE}${DATE}`)).toBe(true);
  expect(pages[datePage + 1]!.startsWith(`附件${attachment}`)).toBe(true);
}

describe.skipIf(!canRender)('GB/T 9704 order on the rendered pages', { timeout: 600_000 }, () => {
  it('整改报告 per unit and consolidated, on the built-in layout and the default template: 正文, 附件说明, 署名, 成文日期, 附件 on a new page', async () => {
    const fixture = await seedEvaluation();
    const unit = fixture.units[1]!;
    const scores = scoreChecklist(fixture.document.items, fixture.units, fixture.inputs);
    const findings = collectFindings(fixture.document.items, [unit], fixture.inputs).slice(0, 4);
    const input = {
      document: fixture.document,
      evaluationName: fixture.evaluation.name,
      unit,
      score: scores[1]!,
      findings,
      reportedOn: '2026-11-23',
      issuer: OFFICE,
    };
    const parts = rectificationReportParts(input);
    const units = fixture.units.map((entry, index) => ({
      unit: entry,
      score: scores[index]!,
      findings: collectFindings(fixture.document.items, [entry], fixture.inputs).slice(0, 2),
    }));
    const fields = {
      issuingOrgan: OFFICE,
      docNumber: '西政办〔2026〕12号',
      title: parts.title,
      recipient: '市优化营商环境工作领导小组办公室',
      issuer: OFFICE,
      date: DATE,
    };
    const rendered = renderDocuments(
      {
        '整改报告.docx': await buildRectificationReport(input),
        '整改报告-汇总.docx': await buildConsolidatedReport({
          document: fixture.document,
          evaluationName: fixture.evaluation.name,
          units,
          reportedOn: '2026-11-23',
          issuer: OFFICE,
        }),
        '整改报告-公文模板.docx': await fillReportTemplate(await buildDefaultTemplate(), '默认模板', fields, parts.body, parts.annex),
      },
      join('test', 'artifacts', 'rendered-order'),
    );
    for (const name of ['整改报告.docx', '整改报告-汇总.docx', '整改报告-公文模板.docx'])
      expectOfficialOrder(rendered[name]!.text, '整改台账');
    // Four findings, each 整改措施 its own sentence and a 依据 line: the body before the 附件 fits on three pages.
    const unitPages = pagesOf(rendered['整改报告.docx']!.text);
    expect(unitPages.findIndex((page) => page.startsWith('附件整改台账'))).toBeLessThanOrEqual(3);
    expect(unitPages.join('')).toContain('依据：洛政办〔2021〕39号');
  });

  it('评价报告: title without doubled words, official tie wording, the office (not a person) signing, the date last', async () => {
    const { system, scores, unitNames } = await seed004SixUnits();
    const bytes = await buildEvaluationReport({
      system,
      evaluationName: '2023年度营商环境评价',
      unitNames,
      scores,
      unitId: '己区',
      notes: new Map(),
      chart: null,
      issuer: OFFICE,
      reportedOn: '2026-11-23',
    });
    const text = renderDocuments({ '评价报告.docx': bytes }, join('test', 'artifacts', 'rendered-order'))['评价报告.docx']!.text;
    expect(compact(text)).toContain('己区2023年度营商环境评价报告');
    expect(compact(text)).not.toMatch(/评价评价|RANK|Excel|并列占位/);
    expect(compact(text)).toContain('（按并列排名计）');
    expectOfficialOrder(text, null);
  });
});
