import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { SEED, seedBytes, seedFileName } from '../../test/fixtures/seeds';
import type { ChecklistItem } from '../domain/types';
import { importPolicyFile } from '../import/import-policy-file';
import type { PdfTextPiece } from './pdf-table';
import { pdfToText, piecesToText } from './pdf-to-text';

const PDF_FIXTURES = join(import.meta.dirname, '../../test/fixtures/pdf');
const pdfBytes = (name: string) => new Uint8Array(readFileSync(join(PDF_FIXTURES, name)));

/** What a checklist item commits to, compared across formats (spaces around digits aside). */
const commitments = (item: ChecklistItem) => ({
  kind: item.kind,
  number: item.number,
  title: item.title.replace(/\s+/g, ''),
  leadUnits: item.leadUnits,
  deadline: item.deadline?.text ?? null,
});

/** A piece of text on a line at height `y`, one character = 16 points wide. */
const piece = (text: string, x: number, y: number): PdfTextPiece => ({ text, x, y, width: 16 * text.length, height: 16 });

describe('pdfToText on PDFs made from the seeds', () => {
  it('reads seed 000 as its Word copy reads: metadata, sections, tasks and the 53 measures of the 8-page table with owners and deadlines', async () => {
    const fromPdf = (await importPolicyFile(pdfBytes('000_洛政办〔2021〕39号.pdf'), '000_洛政办〔2021〕39号.pdf')).documents[0]!;
    const fromWord = (await importPolicyFile(seedBytes(SEED.luoyang2021Docx), seedFileName(SEED.luoyang2021Docx))).documents[0]!;
    expect({ title: fromPdf.title, docNumber: fromPdf.docNumber, issuer: fromPdf.issuer, issuedOn: fromPdf.issuedOn }).toEqual({
      title: fromWord.title,
      docNumber: fromWord.docNumber,
      issuer: fromWord.issuer,
      issuedOn: fromWord.issuedOn,
    });
    expect(fromPdf.items.map(commitments)).toEqual(fromWord.items.map(commitments));
    // Responsible units come from cells wrapped over lines and pages; at most one item may differ.
    const differing = fromPdf.items.filter(
      (item, index) => JSON.stringify(item.responsibleUnits) !== JSON.stringify(fromWord.items[index]!.responsibleUnits),
    );
    expect(differing.length).toBeLessThanOrEqual(1);
  });

  it('reads the seed 003 rectification plan as its text reads, lines broken by the PDF joined again', async () => {
    const fromPdf = (await importPolicyFile(pdfBytes('003_洛开〔2022〕19号.pdf'), '003.pdf')).documents[0]!;
    const fromText = (await importPolicyFile(seedBytes(SEED.gaoxin2022), SEED.gaoxin2022)).documents[0]!;
    expect(fromPdf.docNumber).toBe('洛开〔2022〕19号');
    expect(fromPdf.items.map((item) => ({ ...commitments(item), responsibleUnits: item.responsibleUnits }))).toEqual(
      fromText.items.map((item) => ({ ...commitments(item), responsibleUnits: item.responsibleUnits })),
    );
  });
});

describe('pdfToText refusals', () => {
  it('says a PDF without a text layer (a scan) has no text, naming the file', async () => {
    const blank = new TextEncoder().encode(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    );
    await expect(pdfToText(blank, '扫描件.pdf')).rejects.toThrow('无法导入“扫描件.pdf”：PDF 中没有文字层（可能是扫描件或图片）');
  });

  it('refuses bytes that are not a PDF, and a PDF cut off after its header, with the file named', async () => {
    await expect(pdfToText(new TextEncoder().encode('这不是 PDF'), '通知.pdf')).rejects.toThrow(
      '无法导入“通知.pdf”（文件头）：不是有效的 PDF 文件',
    );
    await expect(pdfToText(pdfBytes('003_洛开〔2022〕19号.pdf').subarray(0, 400), '截断.pdf')).rejects.toThrow('无法导入“截断.pdf”');
  });
});

describe('piecesToText layout rules', () => {
  it('joins a line that runs to the right margin with the next, but not an indented first line, a numbered item, or a page number', () => {
    const page = [
      piece('一、总体要求', 80, 800),
      piece('为贯彻落实文件精神，进一步优化营商环境，现提', 112, 780), // indented first line, reaches the margin
      piece('出如下措施。', 80, 760),
      piece('各单位要抓好落实。', 112, 740), // indented: a new paragraph
      piece('1.压缩审批时限，全面推行并联审批和', 80, 720), // numbered, reaches the margin (80 + 18×16 = 368)
      piece('容缺受理。', 80, 700),
      piece('— 1 —', 280, 60),
    ];
    const full = Math.max(...page.map((line) => line.x + line.width));
    expect(full).toBe(112 + 16 * 22);
    expect(piecesToText([page]).split('\n')).toEqual([
      '一、总体要求',
      '为贯彻落实文件精神，进一步优化营商环境，现提出如下措施。',
      '各单位要抓好落实。',
      '1.压缩审批时限，全面推行并联审批和',
      '容缺受理。',
    ]);
  });

  it('cuts a table into the columns its header labels stand over, with centred labels and cells wrapped over lines', () => {
    const header = [piece('序号', 40, 800), piece('重点任务', 120, 800), piece('牵头单位', 330, 800), piece('完成时限', 470, 800)];
    const rows = [
      [piece('1', 44, 780), piece('推行企业开办一网通办', 90, 780), piece('市市场监管局', 300, 780), piece('2023年6月底', 440, 780)],
      [piece('全流程网上办理', 90, 760), piece('市政务服务和', 300, 760)],
      [piece('大数据管理局', 300, 740)],
      [piece('2', 44, 720), piece('压缩不动产登记时间', 90, 720), piece('市自然资源局', 300, 720), piece('持续推进', 440, 720)],
    ];
    expect(piecesToText([[...header, ...rows.flat()]]).split('\n')).toEqual([
      '序号\t重点任务\t牵头单位\t完成时限',
      '1\t推行企业开办一网通办\t市市场监管局\t2023年6月底',
      '\t全流程网上办理\t市政务服务和\t',
      '\t\t大数据管理局\t',
      '2\t压缩不动产登记时间\t市自然资源局\t持续推进',
    ]);
  });
});
