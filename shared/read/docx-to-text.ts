// Reads a .docx with mammoth into the same line form as an extracted text: paragraphs as lines,
// table rows as tab-separated lines, vertically merged cells filled on every row they cover.
import mammoth from 'mammoth';

import { safeText } from '../text/safe-text';
import { ImportError } from './import-error';
import { isZip, repackArchive } from './repack-archive';

/**
 * Converts Word bytes to text. Input: the .docx bytes and file name. Output: one line per
 * paragraph or heading; each table row as cells joined by tabs, a cell merged over several rows
 * (rowspan) repeated on each, line breaks inside a cell turned into spaces. The HTML goes through the one text-safety
 * step first (safeText: control characters other than tab and newline removed, NFC).
 * Throws ImportError (zh-CN) when the bytes are not a zip (not a .docx), the archive is damaged or
 * oversized (repackArchive), or mammoth cannot read it.
 */
export async function docxToText(bytes: Uint8Array, fileName: string): Promise<string> {
  if (!isZip(bytes)) {
    throw new ImportError(fileName, '不是有效的 Word 文件（.docx 应为 zip 压缩格式），文件可能已损坏或扩展名有误。', '文件头');
  }
  const readable = repackArchive(bytes, fileName, 'Word');
  let html: string;
  try {
    const arrayBuffer = readable.buffer.slice(readable.byteOffset, readable.byteOffset + readable.byteLength) as ArrayBuffer;
    // mammoth's browser build reads `arrayBuffer`, its Node build `buffer` (any Uint8Array).
    const input = { arrayBuffer, buffer: readable };
    html = (await mammoth.convertToHtml(input)).value;
  } catch (error) {
    throw new ImportError(fileName, `Word 文件无法读取（${error instanceof Error ? error.message : String(error)}）。`);
  }
  return htmlToLines(safeText(html)).join('\n');
}

type PendingSpan = { text: string; rowsLeft: number };

/** Turns mammoth's HTML (p, h1–h6, table/tr/td/th, br, inline marks) into lines. */
export function htmlToLines(html: string): string[] {
  const lines: string[] = [];
  const blocks = html.split(/(<table[\s\S]*?<\/table>)/);
  for (const block of blocks) {
    if (block.startsWith('<table')) {
      lines.push(...tableToLines(block));
      continue;
    }
    for (const match of block.matchAll(/<(p|h[1-6]|li)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
      for (const line of inlineText(match[2] ?? '').split('\n')) if (line.trim()) lines.push(line.trim());
    }
  }
  return lines;
}

function tableToLines(table: string): string[] {
  const lines: string[] = [];
  const spans = new Map<number, PendingSpan>();
  for (const row of table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)) {
    const cells: string[] = [];
    const rowCells = [...(row[1] ?? '').matchAll(/<(td|th)\b([^>]*)>([\s\S]*?)<\/\1>/g)];
    let column = 0;
    const takeSpans = (): void => {
      let span = spans.get(column);
      while (span) {
        cells.push(span.text);
        span.rowsLeft -= 1;
        if (span.rowsLeft === 0) spans.delete(column);
        column += 1;
        span = spans.get(column);
      }
    };
    for (const cell of rowCells) {
      takeSpans();
      const attributes = cell[2] ?? '';
      const text = inlineText(cell[3] ?? '')
        .replace(/\n+/g, ' ')
        .trim();
      const rowspan = Number(/rowspan="(\d+)"/.exec(attributes)?.[1] ?? 1);
      const colspan = Number(/colspan="(\d+)"/.exec(attributes)?.[1] ?? 1);
      for (let offset = 0; offset < colspan; offset++) {
        cells.push(offset === 0 ? text : '');
        if (rowspan > 1) spans.set(column, { text: offset === 0 ? text : '', rowsLeft: rowspan - 1 });
        column += 1;
      }
    }
    takeSpans();
    lines.push(cells.join('\t'));
  }
  return lines;
}

function inlineText(fragment: string): string {
  return decodeEntities(
    fragment
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/<\/p>\s*<p\b[^>]*>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  );
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}
