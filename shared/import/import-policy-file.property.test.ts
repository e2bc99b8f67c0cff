// Properties of the importer on any text (fast-check): it never throws anything but ImportError,
// never hangs, and whatever it returns is a well-formed checklist.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ImportError } from '../read/import-error';
import { importPolicyFile } from './import-policy-file';

/** Lines built from the pieces policy text is made of, so the parser's paths are all reached. */
const policyLine = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc
    .constantFrom(
      '一、',
      '（一）',
      '1.',
      '1、',
      '1．',
      '（1）',
      '(1)',
      '第一章',
      '附件',
      '附件1',
      '#',
      '## ',
      '序号\t重点任务\t改革举措\t牵头单位\t责任单位\t完成时限',
      '类别\t指标\t分值\t评分标准',
      'http://example.gov.cn/a.html',
      '<https://x.gov.cn>',
      '— 1 —',
      '[bookmark: _Hlk1]',
      '责任单位：',
      '时间节点：',
      '（市发展改革委牵头，市财政局配合）',
      '〔牵头单位：',
      '；责任单位：',
      '〕',
      '2023 年 5 月 17 日',
      '洛政办〔2021〕39号',
      '《洛阳市实施方案》',
      '\t',
      '（',
      '）',
    )
    .chain((head) => fc.string({ unit: 'grapheme', maxLength: 60 }).map((tail) => head + tail)),
);
const policyText = fc.array(policyLine, { maxLength: 120 }).map((lines) => lines.join('\n'));

describe('importPolicyFile on arbitrary text', () => {
  it('returns a well-formed checklist or an ImportError naming the file, within 2 s, for any text', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(policyText, async (text) => {
        const started = performance.now();
        try {
          const result = await importPolicyFile(new TextEncoder().encode(text), '任意.txt');
          accepted++;
          for (const document of result.documents) {
            const ids = new Set(document.items.map((item) => item.id));
            expect(ids.size).toBe(document.items.length);
            for (const item of document.items) {
              expect(item.parentId === null || ids.has(item.parentId)).toBe(true);
              expect(['section', 'task', 'measure']).toContain(item.kind);
              expect(item.source.line).toBeGreaterThan(0);
            }
            expect(document.items.some((item) => item.kind !== 'section')).toBe(true);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          expect((error as ImportError).message).toContain('“任意.txt”');
        }
        expect(performance.now() - started).toBeLessThan(2_000);
      }),
      { numRuns: 300, seed: 20261123 },
    );
    // The generator reaches the parser's accepting paths, not only its refusals.
    expect(accepted).toBeGreaterThan(30);
  });
});
