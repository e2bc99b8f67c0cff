// GB/T 9704-2012 (党政机关公文格式) layout for docx output: page, margins, fonts, line grid and
// page numbers, and the closing elements in the standard's order. Every figure: docs/gbt-9704.md.
import {
  AlignmentType,
  Document,
  Footer,
  type ISectionOptions,
  type IStylesOptions,
  LineRuleType,
  PageNumber,
  Paragraph,
  type Table,
  TextRun,
} from 'docx';

import { xmlSafe } from '../../text/safe-text';

/** A4 in twips (1/20 pt): 210 × 297 mm. */
export const A4 = { width: 11906, height: 16838 } as const;
/** Margins in twips: 天头 37 mm, bottom 35 mm, 订口 28 mm, right 26 mm. */
export const MARGINS = { top: 2098, bottom: 1984, left: 1587, right: 1474 } as const;
/** The type area's width in twips (156 mm). */
export const TYPE_AREA_WIDTH = A4.width - MARGINS.left - MARGINS.right;
/** Paragraph style of table text: 小四 with exact 18 pt lines (the 22-line grid would make rows too tall). */
export const TABLE_TEXT_STYLE = 'KaopingTableText';
/** 22 lines in the 225 mm type area: 28.95 pt per line, in twips. */
export const LINE_PITCH = 579;
/** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28 } as const;
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  level1: '黑体',
  level2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;
/** Two characters of 三号 text, for first-line indents: 2 × 16 pt in twips. */
const INDENT_TWO_CHARS = 640;
/** One character of 四号 text, for the page number's distance from the edge. */
const ONE_CHAR_PAGE_NUMBER = 280;
/** Footer distance from the page edge so the number sits ~7 mm under the type area. */
const FOOTER_DISTANCE = 1304;

type RunStyle = { font: string; size?: number; bold?: boolean; color?: string };

/**
 * A run with its East Asian font and size set explicitly (Latin text in Times New Roman), so the
 * text keeps the official fonts even inside an office's own template. Bold and colour only when
 * asked; the zh-CN language comes from the document defaults (OFFICIAL_STYLES). Every text run
 * of every report is made here, so the text passes `xmlSafe` here (characters XML cannot hold removed).
 */
export function chineseRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text: xmlSafe(text),
    font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: style.font },
    size: style.size ?? SIZE.body,
    ...(style.bold ? { bold: true } : {}),
    ...(style.color ? { color: style.color } : {}),
  });
}

/** Document defaults of every report: 仿宋_GB2312 三号, language zh-CN for Latin and East Asian text. */
export const OFFICIAL_STYLES: IStylesOptions = {
  default: {
    document: {
      run: {
        font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: FONTS.body, cs: 'Times New Roman' },
        size: SIZE.body,
        language: { value: 'zh-CN', eastAsia: 'zh-CN' },
      },
    },
  },
  paragraphStyles: [
    {
      id: TABLE_TEXT_STYLE,
      name: '表格文字',
      run: { font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: FONTS.body }, size: 24 },
      paragraph: { spacing: { line: 360, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
    },
  ],
};

/** A report document: official defaults, odd/even page numbers, one official section. */
export function officialDocument(title: string, children: Array<Paragraph | Table>): Document {
  return new Document({
    creator: 'Kaoping 考评',
    title: xmlSafe(title),
    styles: OFFICIAL_STYLES,
    evenAndOddHeaderAndFooters: true,
    sections: [officialSection(children)],
  });
}

const EXACT_LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** The title: 二号 方正小标宋简体, centred, followed by one blank line. */
export function titleParagraphs(title: string): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT },
      children: [chineseRun(title, { font: FONTS.title, size: SIZE.title })],
    }),
    blankLine(),
  ];
}

/** A body paragraph: 三号 仿宋, first line indented two characters, justified. */
export function bodyParagraph(text: string, font: string = FONTS.body, bold = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT_TWO_CHARS },
    spacing: EXACT_LINE,
    children: [chineseRun(text, { font, bold })],
  });
}

/** A paragraph that starts with a label run (e.g. 主要问题：) in another font, then body text. */
export function labelledParagraph(label: string, text: string, labelFont: string = FONTS.level2): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT_TWO_CHARS },
    spacing: EXACT_LINE,
    children: [chineseRun(label, { font: labelFont }), chineseRun(text, { font: FONTS.body })],
  });
}

/** Heading levels: 一、 黑体; （一） 楷体_GB2312; 1. 仿宋 bold. All 三号, indented two characters. */
export function headingParagraph(text: string, level: 1 | 2 | 3): Paragraph {
  const font = level === 1 ? FONTS.level1 : level === 2 ? FONTS.level2 : FONTS.body;
  return bodyParagraph(text, font, level === 3);
}

/** Display width in characters of 三号 text: CJK and full-width characters 1, half-width (digits, Latin) ½. */
export function textWidthInChars(text: string): number {
  return [...text].reduce((sum, char) => sum + (char.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
}

/** One character of 三号 text in twips (16 pt). */
const ONE_CHAR = 320;

/**
 * 附件说明 (docs/gbt-9704.md, order of the closing elements): a blank line under the body, then
 * "附件：name" indented two characters; several attachments are numbered "1. …", "2. …", the later
 * ones aligned under the first name. Input: attachment names (none → no paragraphs).
 */
export function attachmentNoteParagraphs(names: readonly string[]): Paragraph[] {
  if (names.length === 0) return [];
  const label = '附件：';
  const hanging = INDENT_TWO_CHARS + ONE_CHAR * textWidthInChars(label);
  const line = (text: string, first: boolean) =>
    new Paragraph({
      alignment: AlignmentType.LEFT,
      keepNext: true,
      indent: first ? { firstLine: INDENT_TWO_CHARS } : { left: hanging },
      spacing: EXACT_LINE,
      children: [chineseRun(text, { font: FONTS.body })],
    });
  if (names.length === 1) return [keptBlankLine(), line(`${label}${names[0]}`, true)];
  return [keptBlankLine(), ...names.map((name, index) => line(`${index === 0 ? label : ''}${index + 1}. ${name}`, index === 0))];
}

/** A blank line kept on the page of the line after it. */
function keptBlankLine(): Paragraph {
  return new Paragraph({ keepNext: true, spacing: EXACT_LINE, children: [chineseRun('', { font: FONTS.body })] });
}

/**
 * The body's last sentence (特此报告。), kept on the page of the 附件说明 and 署名 after it, so the
 * 署名 and 成文日期 never stand on a page without body text (docs/gbt-9704.md).
 */
export function closingSentenceParagraph(text = '特此报告。'): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    keepNext: true,
    indent: { firstLine: INDENT_TWO_CHARS },
    spacing: EXACT_LINE,
    children: [chineseRun(text, { font: FONTS.body })],
  });
}

/**
 * 发文机关署名 and 成文日期 (docs/gbt-9704.md): a blank line, the signing office centred over the
 * date, the date four characters in from the right; a 署名 wider than the date keeps two characters
 * from the right and the date is centred under it. The three lines are kept on one page. Input:
 * the office, the date as officialDate gives it.
 */
export function signatureParagraphs(issuer: string, dateText: string): Paragraph[] {
  const issuerWidth = textWidthInChars(issuer);
  const dateWidth = textWidthInChars(dateText);
  let dateRight = 4;
  let issuerRight = dateRight + (dateWidth - issuerWidth) / 2;
  if (issuerRight < 2) {
    issuerRight = 2;
    dateRight = 2 + (issuerWidth - dateWidth) / 2;
  }
  const line = (text: string, rightChars: number, keepNext: boolean) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      keepNext,
      indent: { right: Math.round(rightChars * ONE_CHAR) },
      spacing: EXACT_LINE,
      children: [chineseRun(text, { font: FONTS.body })],
    });
  return [keptBlankLine(), line(issuer, issuerRight, true), line(dateText, dateRight, false)];
}

/**
 * Everything after the body in the standard's order: 附件说明 (when there are attachments), then
 * 发文机关署名 and 成文日期. The attachments themselves follow on a new page (attachmentHeading).
 */
export function closingParagraphs(closing: { attachments: readonly string[]; issuer: string; reportedOn: string }): Paragraph[] {
  return [...attachmentNoteParagraphs(closing.attachments), ...signatureParagraphs(closing.issuer, officialDate(closing.reportedOn))];
}

/** The first lines of an attachment: on a new page, "附件" (numbered when there are several) in 黑体 flush left, a blank line, the title centred on line 3. */
export function attachmentHeading(title: string, number: number | null): Paragraph[] {
  return [
    new Paragraph({
      pageBreakBefore: true,
      spacing: EXACT_LINE,
      children: [chineseRun(number === null ? '附件' : `附件${number}`, { font: FONTS.level1 })],
    }),
    blankLine(),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [chineseRun(title, { font: FONTS.title, size: 36 })] }),
    blankLine(),
  ];
}

export function blankLine(): Paragraph {
  return new Paragraph({ spacing: EXACT_LINE, children: [chineseRun('', { font: FONTS.body })] });
}

/**
 * 成文日期 in the official form: Arabic numerals, full year, no padding — 2026年11月23日
 * (docs/gbt-9704.md). Input: ISO YYYY-MM-DD. Throws Error (zh-CN) for anything else or a day
 * that does not exist.
 */
export function officialDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (!match || probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    throw new Error(`成文日期“${isoDate}”不是有效日期（应为 YYYY-MM-DD）。`);
  return `${year}年${month}月${day}日`;
}

function pageNumberFooter(alignment: 'left' | 'right'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: alignment === 'right' ? { right: ONE_CHAR_PAGE_NUMBER } : { left: ONE_CHAR_PAGE_NUMBER },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: { ascii: FONTS.pageNumber, hAnsi: FONTS.pageNumber, eastAsia: FONTS.pageNumber },
            size: SIZE.pageNumber,
          }),
        ],
      }),
    ],
  });
}

/**
 * A section with the official page: A4 portrait, GB/T 9704 margins, a 22-line grid, and page
 * numbers "— 1 —" in 四号 宋体 at the outside corner (odd pages right, even pages left; the
 * document must set evenAndOddHeaderAndFooters).
 */
export function officialSection(children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height },
        margin: { ...MARGINS, footer: FOOTER_DISTANCE, header: 851 },
      },
      grid: { linePitch: LINE_PITCH },
    },
    footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
    children,
  };
}
