// Reads a PDF's text layer (pdf.js) into the line form the text parser reads: one line per
// paragraph. pdf.js gives positioned text pieces; they are grouped into visual lines by their
// baseline, wide gaps become tabs (table cells), page numbers are dropped, and a line that runs
// to the right margin is joined with the next one (the paragraph continues) unless the next one
// starts a numbered item or heading.
import { safeText } from '../text/safe-text';
import { ImportError } from './import-error';
import {
  columnEdges,
  isHeaderContinuation,
  type PdfLine,
  type PdfTableHeader,
  type PdfTextPiece,
  tableCells,
  tableHeader,
  withinTable,
} from './pdf-table';

const PDF_MAGIC = '%PDF-';

let workerSource: string | undefined;

/**
 * Where pdf.js's worker script lives in the browser (the renderer passes its bundled URL once at
 * start-up). Node needs none.
 */
export function setPdfWorkerSource(url: string): void {
  workerSource = url;
}

/**
 * Converts PDF bytes to text. Input: the bytes and file name. Output: paragraphs as lines, pages
 * one after another; each piece of text passes the one text-safety step (safeText) first. Throws ImportError (zh-CN, naming the file, and the page when damage shows
 * there) when the bytes are not a PDF, the PDF is damaged or encrypted, or it has no text layer.
 */
export async function pdfToText(bytes: Uint8Array, fileName: string): Promise<string> {
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).indexOf(PDF_MAGIC) < 0) {
    throw new ImportError(fileName, '不是有效的 PDF 文件（缺少 %PDF 文件头），文件可能已损坏或扩展名有误。', '文件头');
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (workerSource) pdfjs.GlobalWorkerOptions.workerSrc = workerSource;
  let pdf: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    // A copy: pdf.js transfers the buffer to its worker. No eval (CVE-2024-4367), no system fonts.
    pdf = await pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const encrypted = error instanceof Error && error.name === 'PasswordException';
    throw new ImportError(
      fileName,
      encrypted
        ? 'PDF 已加密，请先解除密码保护再导入。'
        : `PDF 文件无法读取（${error instanceof Error ? error.message : String(error)}）。`,
    );
  }
  try {
    const pages: PdfTextPiece[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      try {
        const page = await pdf.getPage(number);
        const content = await page.getTextContent();
        pages.push(content.items.flatMap((item) => ('str' in item ? pieceOf(item) : [])));
        page.cleanup();
      } catch (error) {
        // pdf.js reads objects lazily: damage past the header surfaces only when a page is read.
        throw new ImportError(
          fileName,
          `PDF 文件已损坏，无法读取（${error instanceof Error ? error.message : String(error)}）。`,
          `第 ${number} 页`,
        );
      }
    }
    const text = piecesToText(pages);
    if (!text.trim())
      throw new ImportError(fileName, 'PDF 中没有文字层（可能是扫描件或图片），请使用可复制文字的 PDF，或先用 OCR 软件识别。');
    return text;
  } finally {
    await pdf.destroy();
  }
}

/** A pdf.js text item as a piece; its text through safeText, a line break or tab inside it as a space. An empty one gives none. */
function pieceOf(item: { str: string; transform: unknown[]; width: number; height: number }): PdfTextPiece[] {
  if (!item.str) return [];
  const [, , , scaleY, x, y] = item.transform as number[];
  return [{ text: safeText(item.str).replace(/[\n\t]/g, ' '), x: x!, y: y!, width: item.width, height: item.height || Math.abs(scaleY!) }];
}

type Line = PdfLine & { text: string; left: number; right: number };

/** A numbered item or heading starts here: 一、 （一） 1. 1、 （1） (1) 第一章 附件… */
const STARTS_ITEM =
  /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|第[一二三四五六七八九十\d]+[章节条部分]|附件|附表)/;
/** Page furniture: — 1 —, - 2 -, 第 3 页, 3/18, a bare number. */
const PAGE_NUMBER = /^\s*(?:[—–-]\s*\d+\s*[—–-]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|\d{1,3})\s*$/;

/** Groups each page's pieces into lines and paragraphs (exported for tests of the layout rules). */
export function piecesToText(pages: PdfTextPiece[][]): string {
  const lines = pages.flatMap(pageLines);
  // Tables first: their small print must not set the body's size and margin.
  const tables = new Map<number, { header: PdfTableHeader; end: number }>();
  for (let index = 0; index < lines.length; index++) {
    const header = tableHeader(lines[index]!);
    if (!header) continue;
    let end = index + 1;
    while (end < lines.length && withinTable(lines[end]!, header)) end++;
    tables.set(index, { header, end });
    index = end - 1;
  }
  const prose = lines.filter((_, index) => ![...tables].some(([start, { end }]) => index >= start && index < end));
  const right = prose.reduce((widest, line) => Math.max(widest, line.right), 0);
  const bodySize = mostCommon(prose.map((line) => Math.round(line.size)));
  const margin = mostCommon(prose.map((line) => Math.round(line.left)));
  const paragraphs: string[] = [];
  let previous: Line | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const table = tables.get(index);
    if (table) {
      emitTable(lines.slice(index, table.end), table.header, paragraphs);
      index = table.end - 1;
      previous = null;
      continue;
    }
    // Chinese paragraphs indent their first line by two characters (首行缩进); titles are centred instead.
    const heading = line.size > 1.2 * bodySize;
    const indented = !heading && line.left >= margin + 1.5 * line.size;
    const startsNew = STARTS_ITEM.test(line.text) || indented || !previous;
    // The previous line reached the right margin (within ~two characters): the paragraph goes on.
    const wrapped = previous !== null && previous.right >= right - 2 * previous.size;
    // A title or heading set larger than the body and wrapped over centred lines.
    const headingGoesOn = heading && previous !== null && Math.round(previous.size) === Math.round(line.size);
    if (!startsNew && (wrapped || headingGoesOn)) paragraphs[paragraphs.length - 1] += line.text;
    else paragraphs.push(line.text);
    previous = line;
  }
  return paragraphs.join('\n');
}

/**
 * Writes a table (its lines, the header row first) as tab-separated rows: the header (labels
 * wrapped onto the next line joined in) once, then every line. The header repeats at each page
 * top, where the columns may sit elsewhere: each repetition sets the columns for the lines under it.
 */
function emitTable(lines: Line[], first: PdfTableHeader, out: string[]): void {
  let labels: string[] | null = first.labels.map((label) => label.text.trim());
  for (let index = 0; index < lines.length;) {
    const header = tableHeader(lines[index]!) ?? first;
    let next = index + 1;
    while (next < lines.length && !tableHeader(lines[next]!)) next++;
    const segment = lines.slice(index + 1, next);
    let rows = 0;
    while (rows < segment.length && isHeaderContinuation(segment[rows]!)) rows++;
    const edges = columnEdges(header, segment.slice(rows));
    if (labels) {
      for (const line of segment.slice(0, rows)) labels = labels.map((label, column) => label + tableCells(line, edges)[column]);
      out.push(labels.join('\t'));
      labels = null;
    }
    for (const line of segment.slice(rows)) out.push(tableCells(line, edges).join('\t'));
    index = next;
  }
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function pageLines(pieces: PdfTextPiece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextPiece[][] = [];
  for (const piece of sorted) {
    const row = rows[rows.length - 1];
    // Same baseline within half a character height: the same visual line.
    if (row && Math.abs(row[0]!.y - piece.y) <= Math.max(2, 0.5 * piece.height)) row.push(piece);
    else rows.push([piece]);
  }
  return rows
    .map((row) => {
      row.sort((a, b) => a.x - b.x);
      const size = row.reduce((largest, piece) => Math.max(largest, piece.height), 1);
      let text = '';
      let end = row[0]!.x;
      for (const piece of row) {
        // A gap wider than two characters separates table cells.
        if (text && piece.x - end > 2 * size) text += '\t';
        text += piece.text;
        end = Math.max(end, piece.x + piece.width);
      }
      return { pieces: row, text: text.replace(/[ \u3000]+$/, ''), left: row[0]!.x, right: end, size };
    })
    .filter((line) => line.text.trim() && !PAGE_NUMBER.test(line.text));
}
