// GB/T 9704-2012 (党政机关公文格式) layout for docx output: page, margins, fonts, line grid and
// page numbers. Every figure comes from ../shared/docs/domain.md §2.
import { AlignmentType, Document, Footer, LineRuleType, PageNumber, Paragraph, TextRun, type ISectionOptions, type IStylesOptions, type Table } from 'docx';

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
 * asked; the zh-CN language comes from the document defaults (OFFICIAL_STYLES).
 */
export function chineseRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
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
      run: { font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: FONTS.body, cs: 'Times New Roman' }, size: SIZE.body, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
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
  return new Document({ creator: 'Kaoping 考评', title, styles: OFFICIAL_STYLES, evenAndOddHeaderAndFooters: true, sections: [officialSection(children)] });
}

const EXACT_LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** The title: 二号 方正小标宋简体, centred, followed by one blank line. */
export function titleParagraphs(title: string): Paragraph[] {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT }, children: [chineseRun(title, { font: FONTS.title, size: SIZE.title })] }),
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

/** The closing block: issuer centred above the date, the date four characters in from the right. */
export function signatureParagraphs(issuer: string, dateText: string): Paragraph[] {
  return [
    blankLine(),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: INDENT_TWO_CHARS * 2 - 320 }, spacing: EXACT_LINE, children: [chineseRun(issuer, { font: FONTS.body })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: INDENT_TWO_CHARS * 2 }, spacing: EXACT_LINE, children: [chineseRun(dateText, { font: FONTS.body })] }),
  ];
}

export function blankLine(): Paragraph {
  return new Paragraph({ spacing: EXACT_LINE, children: [chineseRun('', { font: FONTS.body })] });
}

/** A date in the official form: 2026年11月23日 (no padding). Input: ISO YYYY-MM-DD. */
export function officialDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
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
