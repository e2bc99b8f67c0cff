// Reports on an office's own letterhead: a .docx template with placeholders, filled with
// docxtemplater; everything else in the template (红头, 版记, headers, page setup) is kept as it is.
// The closing elements keep GB/T 9704 order (docs/gbt-9704.md): 正文 with its 附件说明, 落款, 日期,
// then the attachments.
import { AlignmentType, BorderStyle, Packer, Paragraph } from 'docx';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';

import { xmlSafe } from '../../text/safe-text';
import { blankLine, chineseRun, FONTS, officialDocument, SIZE } from './official-layout';
import { bodyXmlOf, type ReportBlock } from './pack-official';
import { openTemplateArchive } from './template-archive';

/**
 * The placeholders a template may use. 正文 and 附件 are raw: put {@正文} and {@附件} each alone in
 * its own paragraph; {@附件} belongs after {日期}. Without it the attachments go at the document's end.
 */
export const TEMPLATE_FIELDS = ['发文机关', '文号', '标题', '主送', '正文', '落款', '日期', '附件'] as const;

export type TemplateFields = { issuingOrgan: string; docNumber: string; title: string; recipient: string; issuer: string; date: string };

/**
 * The default template: a GB/T 9704 page with a red 发文机关标志 ({发文机关}文件), the 文号, a red
 * rule, the title, 主送, the body, 落款 and 日期. Offices may edit it in Word and use it back.
 */
export async function buildDefaultTemplate(): Promise<Uint8Array> {
  const children = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [chineseRun('{发文机关}文件', { font: FONTS.title, size: 60, color: 'FF0000' })],
    }),
    blankLine(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'FF0000', space: 8 } },
      children: [chineseRun('{文号}', { font: FONTS.body })],
    }),
    blankLine(),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [chineseRun('{标题}', { font: FONTS.title, size: SIZE.title })] }),
    blankLine(),
    new Paragraph({ children: [chineseRun('{主送}', { font: FONTS.body })] }),
    new Paragraph({ children: [chineseRun('{@正文}', { font: FONTS.body })] }),
    new Paragraph({ keepNext: true, children: [chineseRun('', { font: FONTS.body })] }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      keepNext: true,
      indent: { right: 960 },
      children: [chineseRun('{落款}', { font: FONTS.body })],
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 1280 }, children: [chineseRun('{日期}', { font: FONTS.body })] }),
    new Paragraph({ children: [chineseRun('{@附件}', { font: FONTS.body })] }),
  ];
  return new Uint8Array(await Packer.toArrayBuffer(officialDocument('考评默认公文模板（GB/T 9704-2012）', children)));
}

/**
 * Fills a template. Input: the template bytes and file name, the fields, the body (paragraphs and
 * raw tables made with the official layout, ending with its 附件说明) and the attachments (each
 * starting on a new page). Output: the filled .docx. Body and attachments are converted to
 * WordprocessingML and inserted raw where {@正文} and {@附件} stand; a template without {@附件}
 * gets the attachments at the end of the document, after 落款 and 日期. Throws Error (zh-CN,
 * naming the template) when it is not a .docx or its placeholders are malformed.
 */
export async function fillReportTemplate(
  template: Uint8Array,
  templateName: string,
  fields: TemplateFields,
  body: ReportBlock[],
  annex: ReportBlock[] = [],
): Promise<Uint8Array> {
  const bodyXml = await bodyXmlOf(body);
  const annexXml = annex.length > 0 ? await bodyXmlOf(annex) : '';
  let zip: PizZip;
  try {
    zip = new PizZip(openTemplateArchive(template, templateName));
  } catch (error) {
    if (error instanceof Error && error.message.startsWith(`模板“${templateName}”`)) throw error;
    throw new Error(`模板“${templateName}”不是有效的 Word 文件（.docx）。`);
  }
  try {
    const doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true, nullGetter: () => '', errorLogging: false });
    const hasAnnexPlace = doc.getFullText().includes('{@附件}');
    const text = (value: string) => xmlSafe(value);
    doc.render({
      发文机关: text(fields.issuingOrgan),
      文号: text(fields.docNumber),
      标题: text(fields.title),
      主送: fields.recipient ? `${text(fields.recipient).replace(/[：:]$/, '')}：` : '',
      正文: bodyXml,
      落款: text(fields.issuer),
      日期: text(fields.date),
      附件: annexXml,
    });
    const filled = doc.getZip();
    if (annexXml && !hasAnnexPlace) appendToBody(filled, annexXml);
    return filled.generate({ type: 'uint8array', compression: 'DEFLATE' });
  } catch (error) {
    const details = (error as { properties?: { errors?: Array<{ properties?: { explanation?: string } }> } }).properties?.errors
      ?.map((entry) => entry.properties?.explanation)
      .filter(Boolean)
      .join('；');
    throw new Error(`模板“${templateName}”中的占位符有误：${details || (error instanceof Error ? error.message : String(error))}`);
  }
}

/** Puts XML at the end of the document body, before its final section properties. */
function appendToBody(zip: PizZip, xml: string): void {
  const documentXml = zip.file('word/document.xml')!.asText();
  const end = documentXml.lastIndexOf('</w:body>');
  const sectPr = documentXml.lastIndexOf('<w:sectPr', end);
  const at = sectPr > documentXml.lastIndexOf('</w:p>', end) && sectPr > documentXml.lastIndexOf('</w:tbl>', end) ? sectPr : end;
  zip.file('word/document.xml', documentXml.slice(0, at) + xml + documentXml.slice(at));
}
