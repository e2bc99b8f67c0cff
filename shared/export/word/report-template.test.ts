import { Document, Footer, Packer, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';

import { seedEvaluation } from '../../../test/fixtures/evaluation';
import { zipEntryText } from '../../../test/helpers/zip-entry';
import { scoreChecklist } from '../../scoring/checklist-score';
import { collectFindings } from '../../scoring/findings';
import { rectificationReportParts } from './rectification-report';
import { buildDefaultTemplate, fillReportTemplate } from './report-template';

async function parts() {
  const fixture = await seedEvaluation();
  const unit = fixture.units[1]!;
  const score = scoreChecklist(fixture.document.items, fixture.units, fixture.inputs)[1]!;
  return rectificationReportParts({
    document: fixture.document,
    evaluationName: fixture.evaluation.name,
    unit,
    score,
    findings: collectFindings(fixture.document.items, [unit], fixture.inputs),
    reportedOn: '2026-11-23',
  });
}

const FIELDS = {
  issuingOrgan: '洛阳市西工区人民政府办公室',
  docNumber: '西政办〔2026〕12号',
  title: '',
  recipient: '市优化营商环境工作领导小组办公室',
  issuer: '洛阳市西工区人民政府办公室',
  date: '2026年11月23日',
};

describe('report templates', () => {
  it('fills the default GB/T 9704 template: red head, 文号, title, 主送, body, 附件说明, 落款, date, then the annex table', async () => {
    const report = await parts();
    const bytes = await fillReportTemplate(
      await buildDefaultTemplate(),
      '默认模板.docx',
      { ...FIELDS, title: report.title },
      report.body,
      report.annex,
    );
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(text).toContain('洛阳市西工区人民政府办公室文件');
    expect(text).toContain('西政办〔2026〕12号');
    expect(text).toContain(report.title);
    expect(text).toContain('市优化营商环境工作领导小组办公室：');
    expect(text).toContain('二、存在问题及整改措施');
    const order = ['二、存在问题及整改措施', '附件：整改台账', '洛阳市西工区人民政府办公室\n', '2026年11月23日', '附件\n', '序号'].map(
      (marker) => text.lastIndexOf(marker),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const xml = zipEntryText(bytes, 'word/document.xml');
    expect(xml).not.toContain('{');
    expect(xml).toContain('<w:color w:val="FF0000"/>');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toMatch(/<w:pgMar w:top="2098"/);
  });

  it('keeps everything else of an office’s own template as it is', async () => {
    const template = new Document({
      sections: [
        {
          footers: { default: new Footer({ children: [new Paragraph('西工区政府办公室印发')] }) },
          children: [
            new Paragraph('本局信笺 {文号}'),
            new Paragraph('{标题}'),
            new Paragraph('{@正文}'),
            new Paragraph({ children: [new TextRun('联系人：王科长')] }),
          ],
        },
      ],
    });
    const report = await parts();
    const bytes = await fillReportTemplate(
      new Uint8Array(await Packer.toArrayBuffer(template)),
      '本局模板.docx',
      { ...FIELDS, title: report.title },
      report.body,
      report.annex,
    );
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(text).toContain('本局信笺 西政办〔2026〕12号');
    // A template without {@附件}: the attachment follows everything of the template, on a new page.
    expect(text.indexOf('联系人：王科长')).toBeLessThan(text.indexOf('序号'));
    expect(zipEntryText(bytes, 'word/document.xml')).toMatch(/<w:pageBreakBefore\/>[^]*?附件[^]*?<w:tbl>[^]*<w:sectPr/);
    expect(text).toContain('一、总体情况');
    expect(zipEntryText(bytes, 'word/footer1.xml')).toContain('西工区政府办公室印发');
  });

  it('names the template when its placeholders are broken', async () => {
    const template = new Document({ sections: [{ children: [new Paragraph('{标题')] }] });
    await expect(fillReportTemplate(new Uint8Array(await Packer.toArrayBuffer(template)), '坏模板.docx', FIELDS, [])).rejects.toThrow(
      '模板“坏模板.docx”中的占位符有误',
    );
    await expect(fillReportTemplate(new Uint8Array([1, 2, 3]), '不是模板.docx', FIELDS, [])).rejects.toThrow(
      '模板“不是模板.docx”不是有效的 Word 文件',
    );
  });
});
