import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';

import { seedEvaluation } from '../../../test/fixtures/evaluation';
import { zipEntryText } from '../../../test/helpers/zip-entry';
import { rectificationsFromFindings } from '../../rectification/ledger';
import { editRectification, parseTypedDeadline } from '../../rectification/ledger-edit';
import { scoreChecklist } from '../../scoring/checklist-score';
import { collectFindings } from '../../scoring/findings';
import { buildConsolidatedReport, buildRectificationReport } from './rectification-report';

async function build() {
  const fixture = await seedEvaluation();
  const unit = fixture.units[1]!;
  const score = scoreChecklist(fixture.document.items, fixture.units, fixture.inputs).find((entry) => entry.unitId === unit.id)!;
  const findings = collectFindings(fixture.document.items, [unit], fixture.inputs);
  const bytes = await buildRectificationReport({
    document: fixture.document,
    evaluationName: fixture.evaluation.name,
    unit,
    score,
    findings,
    reportedOn: '2026-11-23',
    docNumber: '西工营商办〔2026〕3号',
    recipient: '区优化营商环境工作领导小组办公室',
  });
  return { bytes, findings, score, fixture };
}

describe('buildRectificationReport', () => {
  it('prints what the 整改台账 says of a finding once it is there, edits included, in the body and the annex', async () => {
    const fixture = await seedEvaluation();
    const unit = fixture.units[1]!;
    const score = scoreChecklist(fixture.document.items, fixture.units, fixture.inputs).find((entry) => entry.unitId === unit.id)!;
    const [first, ...others] = rectificationsFromFindings(
      'e',
      collectFindings(fixture.document.items, [unit], fixture.inputs),
      '2026-11-23',
    );
    const edited = editRectification(
      first!,
      {
        measures: '本月内出台告知承诺事项清单并公开。',
        responsibleUnits: ['区行政审批局'],
        owner: '王科长',
        deadline: parseTypedDeadline('2027年1月15日前'),
      },
      '张督查',
      '2026-11-24T09:00:00Z',
    );
    const findings = collectFindings(fixture.document.items, [unit], fixture.inputs, [edited, ...others]);
    const bytes = await buildRectificationReport({
      document: fixture.document,
      evaluationName: fixture.evaluation.name,
      unit,
      score,
      findings,
      reportedOn: '2026-11-25',
    });
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    const annex = text.slice(text.lastIndexOf('序号'));
    for (const part of [text.slice(0, text.indexOf('附件：整改台账')), annex]) {
      expect(part).toContain('本月内出台告知承诺事项清单并公开。');
      expect(part).toContain('区行政审批局');
      expect(part).toContain('2027年1月15日前');
      // The other findings' deadlines are the ledger's proposed ones, not the document's (2021年年底 has long passed).
      expect(part).toContain(others[0]!.deadline!.text);
      expect(part).not.toContain('2021年年底');
    }
    expect(text).toContain('责任人：王科长');
  });

  it('writes the seed-003 structure: 主要问题 一是…, 整改措施 1、…, 责任单位, 完成时限, dated close', async () => {
    const { bytes, findings } = await build();
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(text).toContain('西工区关于2026年营商环境督查发现问题的整改报告');
    expect(text.indexOf('西工营商办〔2026〕3号')).toBeLessThan(text.indexOf('西工区关于'));
    expect(text).toContain('区优化营商环境工作领导小组办公室：');
    expect(text).toContain('附件：整改台账');
    expect(text).toContain(
      '根据《洛阳市人民政府办公室关于印发洛阳市进一步优化营商环境更好服务市场主体若干措施的通知》（洛政办〔2021〕39号）',
    );
    expect(text).toContain('一、总体情况');
    expect(text).toContain('二、存在问题及整改措施');
    expect(text).toContain('（一）深入实施建设项目审批改革');
    // 西工区 (unit 1): measure 1 部分落实, measure 2 未落实 with a note — both in section 一.
    const [first, second] = findings;
    expect(first).toMatchObject({ status: 'partial', sectionTitle: '深入实施建设项目审批改革' });
    expect(second).toMatchObject({ status: 'notImplemented', sectionTitle: '深入实施建设项目审批改革', note: '西工区未见实施方案' });
    expect(text).toContain(`主要问题：一是“${first!.measureTitle}”落实不到位；二是“${second!.measureTitle}”尚未落实（西工区未见实施方案）`);
    expect(text).toContain('责任单位：市发展改革委、市自然资源和规划局');
    expect(text).toContain('完成时限：持续推进、2021年年底');
    expect(text).toContain('2026年11月23日');
    const measures = text.slice(0, text.indexOf('附件：整改台账')).match(/^\d+、/gm) ?? [];
    expect(measures.length).toBe(findings.length);
  });

  it('lays the page out to GB/T 9704-2012: A4, margins, fonts, sizes, line pitch, outside page numbers', async () => {
    const { bytes } = await build();
    const xml = zipEntryText(bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toMatch(/<w:docGrid [^>]*w:linePitch="579"/);
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"[^]*?<w:sz w:val="44"\/>/);
    expect(xml).toMatch(/w:eastAsia="仿宋_GB2312"[^]*?<w:sz w:val="32"\/>/);
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(zipEntryText(bytes, 'word/styles.xml')).toMatch(
      /<w:docDefaults>[^]*w:eastAsia="仿宋_GB2312"[^]*<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/,
    );
    expect(zipEntryText(bytes, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = [zipEntryText(bytes, 'word/footer1.xml'), zipEntryText(bytes, 'word/footer2.xml')].join('');
    expect(footers).toContain('PAGE');
    expect(footers).toContain('— ');
    expect(footers).toContain('w:val="right"');
    expect(footers).toContain('w:val="left"');
  });
});

describe('the 附件 ledger table and the consolidated report', () => {
  it('puts the ledger on a new page as a table whose header repeats and whose rows do not split', async () => {
    const { bytes, findings } = await build();
    const xml = zipEntryText(bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:pageBreakBefore\/>[^]*?附件/);
    expect(xml).toContain('<w:tblHeader/>');
    expect((xml.match(/<w:cantSplit\/>/g) ?? []).length).toBe(findings.length + 1);
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(zipEntryText(bytes, 'word/styles.xml')).toMatch(
      /w:styleId="KaopingTableText"[^]*<w:spacing[^>]*w:line="360"[^>]*w:lineRule="exact"/,
    );
  });

  it('names the 责任人 of an area when the measures name one', async () => {
    const fixture = await seedEvaluation();
    const unit = fixture.units[1]!;
    const score = scoreChecklist(fixture.document.items, fixture.units, fixture.inputs)[1]!;
    const findings = collectFindings(fixture.document.items, [unit], fixture.inputs).map((finding, index) =>
      index === 0 ? { ...finding, owner: '徐娟' } : finding,
    );
    const bytes = await buildRectificationReport({
      document: fixture.document,
      evaluationName: fixture.evaluation.name,
      unit,
      score,
      findings,
      reportedOn: '2026-11-23',
    });
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(text).toMatch(/责任单位：[^\n]+\n+责任人：徐娟\n+完成时限：/);
  });

  it('reports every unit with its rank and one ledger for all', async () => {
    const fixture = await seedEvaluation();
    const scores = scoreChecklist(fixture.document.items, fixture.units, fixture.inputs);
    const units = fixture.units.map((unit, index) => ({
      unit,
      score: scores[index]!,
      findings: collectFindings(fixture.document.items, [unit], fixture.inputs),
    }));
    const bytes = await buildConsolidatedReport({
      document: fixture.document,
      evaluationName: fixture.evaluation.name,
      units,
      reportedOn: '2026-11-23',
    });
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(text).toContain('2026年营商环境督查发现问题整改报告');
    for (const [index, entry] of units.entries()) {
      expect(text).toContain(`（${['一', '二', '三'][index]}）${entry.unit.name}`);
      expect(text).toContain(`${entry.unit.name}落实率${(entry.score.rate! / 100).toFixed(2)}%，排名第${entry.score.rank}位`);
    }
    const rows = (zipEntryText(bytes, 'word/document.xml').match(/<w:cantSplit\/>/g) ?? []).length;
    expect(rows).toBe(units.reduce((sum, entry) => sum + entry.findings.length, 0) + 1);
  });
});
