// Every Word export, fed arbitrary strings (control characters, lone surrogates, U+FFFF, markup),
// is well-formed XML in every part — one bad unit name must not break every unit's report.
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';

import { seedEvaluation } from '../../../test/fixtures/evaluation';
import { seed004SixUnits } from '../../../test/fixtures/scoring/seed004-six-units';
import { canRender, renderDocuments } from '../../../test/helpers/render-pdf';
import { scoreChecklist } from '../../scoring/checklist-score';
import { collectFindings } from '../../scoring/findings';
import { buildEvaluationReport } from './evaluation-report';
import { buildRectificationReport, rectificationReportParts } from './rectification-report';
import { buildDefaultTemplate, fillReportTemplate } from './report-template';

/** Throws when any XML part of the .docx is not well-formed XML 1.0 (saxes checks characters too). */
function expectWellFormed(docx: Uint8Array): void {
  for (const [name, bytes] of Object.entries(unzipSync(docx))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const parser = new SaxesParser({ xmlns: false });
    parser.on('error', (error) => {
      throw new Error(`${name}: ${error.message}`);
    });
    parser.write(strFromU8(bytes)).close();
  }
}

/** Strings as hostile senders write them: any UTF-16 code units, and the usual suspects. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.constantFrom('甲\u000b区', '\u0000', '\ud800', '\uffff', ']]><w:p>&amp;', '\u202e区乙'),
);

describe('Word exports fed arbitrary strings', () => {
  it('the 整改报告 (with its ledger table) and the template-filled 公文 parse as XML', { timeout: 600_000 }, async () => {
    const fixture = await seedEvaluation();
    const template = await buildDefaultTemplate();
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, async (unitName, evaluationName, issuer) => {
        const units = fixture.units.map((unit, index) => (index === 1 ? { ...unit, name: unitName } : unit));
        const unit = units[1]!;
        const score = scoreChecklist(fixture.document.items, units, fixture.inputs)[1]!;
        const input = {
          document: fixture.document,
          evaluationName,
          unit,
          score,
          findings: collectFindings(fixture.document.items, [unit], fixture.inputs),
          reportedOn: '2026-11-23',
          issuer,
        };
        expectWellFormed(await buildRectificationReport(input));
        const parts = rectificationReportParts(input);
        const fields = {
          issuingOrgan: issuer,
          docNumber: unitName,
          title: parts.title,
          recipient: evaluationName,
          issuer,
          date: '2026年11月23日',
        };
        expectWellFormed(await fillReportTemplate(template, '模板.docx', fields, parts.body, parts.annex));
      }),
      { numRuns: 15 },
    );
  });

  it('the 评价报告 (ranking table lists every unit) parses as XML, and a sample opens in LibreOffice', { timeout: 600_000 }, async () => {
    const { system, scores, unitNames } = await seed004SixUnits();
    let sample: Uint8Array | null = null;
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (name, note) => {
        const names = new Map(unitNames);
        names.set('甲区', name);
        const indicator = system.indicators[0]!;
        const bytes = await buildEvaluationReport({
          system,
          evaluationName: note,
          unitNames: names,
          scores,
          unitId: '乙区',
          notes: new Map([[`乙区|${indicator.id}`, note]]),
          chart: null,
          issuer: name,
          reportedOn: '2026-11-23',
        });
        expectWellFormed(bytes);
        sample ??= bytes;
      }),
      { numRuns: 10 },
    );
    const names = new Map(unitNames);
    names.set('甲区', '甲\u000b区\u0000');
    const bad = await buildEvaluationReport({
      system,
      evaluationName: '评价\u0001',
      unitNames: names,
      scores,
      unitId: '乙区',
      notes: new Map(),
      chart: null,
      issuer: '评价组',
      reportedOn: '2026-11-23',
    });
    expectWellFormed(bad);
    if (!canRender) return;
    const rendered = renderDocuments({ 'hostile-names': bad }, 'test/artifacts/hostile');
    expect(rendered['hostile-names']!.text).toContain('甲区');
    expect(sample).not.toBeNull();
  });
});
