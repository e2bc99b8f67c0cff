// Normalises the lines of an extracted policy text: markdown marks, extraction artefacts,
// page numbers and stray spaces between Chinese characters.

/** A 附件 heading standing on its own line: 附件, 附件 1, 附件二. */
export const ANNEX_HEADING = /^附件\s*[一二三四五六七八九十\d]*$/;
/** A date standing alone on its line (成文日期, 落款): 2023 年 6 月 14 日. */
export const DATE_ONLY_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;

/** One cleaned line with its 1-based line number in the source file. */
export type SourceLine = {
  line: number;
  text: string;
  /** The cells when the line is a tab-separated table row, else null. */
  cells: string[] | null;
  /** True when the text was joined from lines split by a page break or blank line. */
  continued?: boolean;
};

const BOOKMARK = /\[bookmark:[^\]]*\]/g;
const PAGE_NUMBER = /^[—–\-－\s]*\d{1,4}[—–\-－\s]*$/;
const RULE = /^(?:-{3,}|\*{3,}|_{3,})$/;
const CJK_SPACE = /([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])[ \u3000\t]+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g;

/**
 * Splits text into cleaned lines. Input: the whole decoded text. Output: non-empty lines with
 * `[bookmark: …]` artefacts, markdown heading marks (#) and bold marks (**) removed, spaces
 * between two Chinese characters removed, page numbers (— 1 —, - 2 -) and rules (---)
 * dropped. Tab-separated rows keep their cells (each cell cleaned the same way).
 */
export function toSourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    if (raw.includes('\t')) {
      const cells = raw.split('\t').map(cleanFragment);
      if (cells.some((cell) => cell.length > 0)) {
        lines.push({ line: index + 1, text: cells.join('\t'), cells });
      }
      return;
    }
    const cleaned = cleanFragment(raw.replace(/^\s*#{1,6}\s+/, ''));
    if (!cleaned || PAGE_NUMBER.test(cleaned) || RULE.test(cleaned)) return;
    lines.push({ line: index + 1, text: cleaned, cells: null });
  });
  return lines;
}

/** Removes artefacts and stray spaces from one line or cell. */
export function cleanFragment(fragment: string): string {
  return fragment
    .replace(BOOKMARK, '')
    .replace(/\*\*/g, '')
    .replace(CJK_SPACE, '$1')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** Text with every space removed, for comparing phrases across layouts. */
export function compactText(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}
