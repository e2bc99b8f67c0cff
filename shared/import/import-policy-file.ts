// The one entry point for importing a policy document file, shared by the app and the CLI.
import type { ChecklistItem, PlanFinding, PolicyDocument } from '../domain/types';
import { decodeText } from '../read/decode-text';
import { docxToText } from '../read/docx-to-text';
import { fingerprintOf } from '../read/fingerprint';
import { ImportError, MAX_IMPORT_BYTES } from '../read/import-error';
import { pdfToText } from '../read/pdf-to-text';
import { sheetToText } from '../read/sheet-to-text';
import { compactText } from '../read/source-lines';
import { findRubricTable } from '../rubric/rubric-rows';
import { safeName } from '../text/safe-text';
import { parsePolicyText, type ReadingAids } from './parse-policy-text';
import { splitCompilation } from './split-compilation';

/** A 评分细则 found in the file: it belongs in the indicator-system importer, not a checklist. */
export type DetectedRubric = { title: string; documentTitle: string; line: number };

export type ImportResult = {
  /** SHA-256 prefix of the bytes: the same file imported twice has the same fingerprint. */
  fingerprint: string;
  fileName: string;
  /** Every document with a checklist, in file order (a compilation gives several). */
  documents: PolicyDocument[];
  rubrics: DetectedRubric[];
};

/**
 * Imports one file. A compilation or a notice issuing several plans gives one document each
 * (split-compilation.ts); rubric tables found on the way are listed in `rubrics`. Input: its bytes and name (the extension chooses the reader: .txt in
 * UTF-8/UTF-16/GB18030, .docx through mammoth, .xlsx/.xls/.et/.csv task lists through SheetJS, .pdf through its text layer). Output: the documents found, with checklist
 * items whose ids derive from the fingerprint; every text through the reader's safeText, every name through safeName. Throws ImportError (zh-CN, naming the file) for
 * an empty, binary, oversized or unreadable file, an unsupported type, or text in which no
 * numbered item or task table is found. `aids.knownUnits`: unit names the office keeps (its 单位名录
 * and the units it evaluates), recognised wherever they stand in owner phrases.
 */
export async function importPolicyFile(bytes: Uint8Array, fileName: string, aids: ReadingAids = {}): Promise<ImportResult> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError(fileName, `文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB），上限为 50 MB。`);
  }
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  let text: string;
  if (extension === 'txt' || extension === 'md') {
    text = decodeText(bytes, fileName).text;
  } else if (extension === 'docx') {
    if (bytes.length === 0) throw new ImportError(fileName, '文件为空，没有可导入的内容。');
    text = await docxToText(bytes, fileName);
  } else if (extension === 'pdf') {
    if (bytes.length === 0) throw new ImportError(fileName, '文件为空，没有可导入的内容。');
    text = await pdfToText(bytes, fileName);
  } else if (['xlsx', 'xls', 'et', 'csv', 'xlsm'].includes(extension)) {
    if (bytes.length === 0) throw new ImportError(fileName, '文件为空，没有可导入的内容。');
    text = sheetToText(bytes, fileName);
  } else {
    throw new ImportError(fileName, `暂不支持“.${extension || '（无扩展名）'}”格式，请选择 .txt、.docx、.xlsx 或 .pdf 文件。`);
  }
  if (!text.trim()) throw new ImportError(fileName, '文件中没有文字内容。');
  const fingerprint = await fingerprintOf(bytes);
  const parts = splitCompilation(text);
  const documents: PolicyDocument[] = [];
  const rubrics: DetectedRubric[] = [];
  let notice: PolicyDocument | null = null;
  parts.forEach((part, index) => {
    let document = parsePolicyText(part.text, fileName, parts.length === 1 ? fingerprint : `${fingerprint}-${index + 1}`, part, aids);
    if (index === 0 && part.title === null) notice = document;
    if (part.issuedByNotice && notice)
      document = {
        ...document,
        docNumber: document.docNumber ?? notice.docNumber,
        issuer: document.issuer ?? notice.issuer,
        issuedOn: document.issuedOn ?? notice.issuedOn,
      };
    const rubric = findRubricTable(part.text);
    if (rubric) {
      rubrics.push({ title: rubric.title || document.title, documentTitle: document.title, line: part.lineOffset + rubric.headerLine });
      // The rubric's lines go to the indicator-system importer: they are not left unparsed.
      const rubricLines = new Set([rubric.headerLine, ...rubric.rows.map((row) => row.line)].map((line) => part.lineOffset + line));
      document = {
        ...document,
        unparsedLines: document.unparsedLines.filter(
          (line) => !rubricLines.has(line.line) && compactText(line.text) !== compactText(rubric.title),
        ),
      };
    }
    // The rubric's own numbered title line is not a commitment.
    const isRubricTitle = (title: string) => rubric !== null && compactText(title) === compactText(rubric.title);
    if (document.items.some((item) => item.kind !== 'section' && !isRubricTitle(item.title))) documents.push(document);
  });
  if (documents.length === 0) {
    if (rubrics.length > 0)
      throw new ImportError(fileName, `这是一份评分细则（${rubrics[0]!.title}），没有任务清单；请在“指标体系”中导入它。`);
    throw new ImportError(fileName, '没有识别出任何任务或措施（未找到“一、”“1.”“（1）”等编号条目或重点任务清单表格）。');
  }
  return { fingerprint, fileName, documents: documents.map(withSafeNames), rubrics };
}

/**
 * The document with every name it read (units, 责任人, 发文机关) through `safeName`, so a unit
 * written 甲\u200b区 or with bidi controls is stored as 甲区. Its text already passed `safeText` in the reader.
 */
function withSafeNames(document: PolicyDocument): PolicyDocument {
  const names = (list: string[]) => [...new Set(list.map(safeName).filter(Boolean))];
  const person = (name: string | null) => (name === null ? null : safeName(name) || null);
  const item = (entry: ChecklistItem): ChecklistItem => ({
    ...entry,
    leadUnits: names(entry.leadUnits),
    responsibleUnits: names(entry.responsibleUnits),
    supportingUnits: names(entry.supportingUnits),
    owner: person(entry.owner),
  });
  const finding = (entry: PlanFinding): PlanFinding => ({
    ...entry,
    measures: entry.measures.map((measure) => ({
      ...measure,
      responsibleUnits: names(measure.responsibleUnits),
      owner: person(measure.owner),
    })),
  });
  return { ...document, issuer: person(document.issuer), items: document.items.map(item), findings: document.findings.map(finding) };
}
