// The one entry point for importing a policy document file, shared by the app and the CLI.
import type { PolicyDocument } from '../domain/types';
import { decodeText } from './decode-text';
import { docxToText } from './docx-to-text';
import { fingerprintOf } from './fingerprint';
import { ImportError } from './import-error';
import { parsePolicyText } from './parse-policy-text';
import { pdfToText } from './pdf-to-text';
import { sheetToText } from './sheet-to-text';

/** Largest file accepted, in bytes (50 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportResult = {
  /** SHA-256 prefix of the bytes: the same file imported twice has the same fingerprint. */
  fingerprint: string;
  fileName: string;
  documents: PolicyDocument[];
};

/**
 * Imports one file. Input: its bytes and name (the extension chooses the reader: .txt in
 * UTF-8/UTF-16/GB18030, .docx through mammoth, .xlsx/.xls/.et/.csv task lists through SheetJS, .pdf through its text layer). Output: the documents found, with checklist
 * items whose ids derive from the fingerprint. Throws ImportError (zh-CN, naming the file) for
 * an empty, binary, oversized or unreadable file, an unsupported type, or text in which no
 * numbered item or task table is found.
 */
export async function importPolicyFile(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
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
  const document = parsePolicyText(text, fileName, fingerprint);
  if (!document.items.some((item) => item.kind !== 'section')) {
    throw new ImportError(fileName, '没有识别出任何任务或措施（未找到“一、”“1.”“（1）”等编号条目或重点任务清单表格）。');
  }
  return { fingerprint, fileName, documents: [document] };
}
