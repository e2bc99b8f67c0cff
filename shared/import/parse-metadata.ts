// Reads a document's head and foot: 发文机关标志, 文号, title, 成文日期 and 印发日期.
import type { IsoDate } from '../domain/types';
import { compactText, type SourceLine } from '../read/source-lines';
import { hasUnitEnding } from './unit-names';

export type DocumentMetadata = {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: IsoDate | null;
  printedOn: IsoDate | null;
};

/** 文号: issuer abbreviation, year in any bracket pair, serial, 号 — e.g. 洛政办〔2021〕39号. */
const DOC_NUMBER = /([\u4e00-\u9fff]{1,12})\s*[〔[［(（【]\s*(\d{4})\s*[〕\]］)）】]\s*(\d{1,5})\s*号/;
/** A date line, possibly with the 落款 before it on the same line (as Word files often merge them). */
const DATE_LINE = /^([^\d，。：:]{0,30}?)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(印发)?$/;
/** 发文机关标志 "…文件", possibly followed on the same line by the 文号. */
const RED_HEAD = /^(.{2,40}?)文件(.*)$/;
const HEAD_LINES = 12;

/**
 * Extracts metadata. Input: cleaned lines of one document (see toSourceLines) and the file
 * name as a last-resort title. Output: title (the first heading-like line of the head that is
 * not the 发文机关标志, 文号 or 主送), 文号 normalised to 〔〕 without spaces, issuer (from the
 * 发文机关标志 "…文件", else the 落款 line above the 成文日期), 成文日期 (the first standalone
 * date line) and 印发日期 ("…日印发"). Missing parts are null. Layout per GB/T 9704-2012
 * (docs/gbt-9704.md).
 */
export function parseMetadata(lines: SourceLine[], fallbackTitle: string): DocumentMetadata {
  const head = lines.slice(0, HEAD_LINES).filter((line) => line.cells === null);
  let issuer: string | null = null;
  let docNumber: string | null = null;
  let title: string | null = null;
  for (const [index, line] of head.entries()) {
    const text = withoutGluedAddressees(line.text);
    const redHead = RED_HEAD.exec(text);
    let rest = text;
    if (!issuer && redHead?.[1] && !title && (!redHead[2] || DOC_NUMBER.test(redHead[2]))) {
      issuer = redHead[1];
      rest = redHead[2] ?? '';
      if (!rest) continue;
    }
    const number = DOC_NUMBER.exec(rest);
    if (!docNumber && number && rest.length <= 30) {
      docNumber = `${number[1]}〔${number[2]}〕${number[3]}号`;
      continue;
    }
    const following = head.slice(index + 1).map((line) => line.text);
    if (!title && isIssuerLine(text, following[0])) {
      issuer ??= text;
      continue;
    }
    if (!title && isTitleLike(text)) title = joinTitleLines(text, following);
  }
  let issuedOn: IsoDate | null = null;
  let printedOn: IsoDate | null = null;
  lines.forEach((line, index) => {
    const date = DATE_LINE.exec(line.text);
    if (!date || line.cells) return;
    const iso = toIso(Number(date[2]), Number(date[3]), Number(date[4]));
    if (date[5]) {
      printedOn ??= iso;
      return;
    }
    if (issuedOn) return;
    issuedOn = iso;
    const above = lines[index - 1];
    if (!issuer && date[1]) issuer = date[1];
    if (!issuer && above && above.text.length <= 30 && !/[。：:，]/.test(above.text)) issuer = above.text;
  });
  return { title: title ? withoutSpacesBesideChinese(title) : fallbackTitle, docNumber, issuer, issuedOn, printedOn };
}

/**
 * The issuing office's name printed above the title (江北省市场监督管理局 / 中共西川市委办公室): an
 * organisation's name, not a kind of document, followed by a title-like line that does not continue
 * it with 关于 (a title set as "X办公室 / 关于印发…的通知" keeps the office in the title).
 */
function isIssuerLine(text: string, next: string | undefined): boolean {
  const compact = compactText(text);
  if (compact.length > 30 || TITLE_END.test(compact) || !hasUnitEnding(compact) || !isTitleLike(text)) return false;
  return next !== undefined && isTitleLike(next) && !/^关于/.test(next) && !DOC_NUMBER.test(next);
}

/** What a document title ends with: its kind (通知, 意见, 方案 …). */
const TITLE_END =
  /(?:通知|意见|方案|办法|措施|举措|决定|规定|细则|计划|要点|公告|通报|批复|函|报告|清单|规划|条例|纲要|指引|分工表|任务表|台账)$/;

/**
 * A title set over several lines (GB/T 9704 breaks long titles; 003 puts the issuer on the first):
 * the next lines are joined while one starts with 关于, or while a title with 关于 has not yet
 * reached its kind (…的 / 通 知). Spaces between Chinese characters are dropped (通 知 → 通知).
 */
function joinTitleLines(first: string, following: string[]): string {
  let title = first;
  for (const next of following.slice(0, 4)) {
    const compact = compactText(title);
    const open = /^关于/.test(next) || (compact.includes('关于') && !TITLE_END.test(compact));
    if (!open || !isTitleLike(next) || DOC_NUMBER.test(next)) break;
    title += next;
  }
  return title === first ? first : title.replace(/(?<=[\u4e00-\u9fff《》“”、（）])\s+(?=[\u4e00-\u9fff《》“”、（）])/g, '');
}

/**
 * A title a PDF reader joined with the 主送机关 line after it ("…的通知各街道办事处，区直各部门：") loses
 * the addressees; other lines are returned unchanged.
 */
function withoutGluedAddressees(text: string): string {
  const glued = new RegExp(`^(.{6,80}(?:${TITLE_END.source.slice(3, -2)}))([^，。]{2,30}[，、][^。]*[：:])$`).exec(text);
  return glued?.[1] ?? text;
}

/** "临江市 2023 年便民办税方案" → "临江市2023年便民办税方案": a PDF's spaces around numbers in a title. */
function withoutSpacesBesideChinese(title: string): string {
  return title.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\dA-Za-z])|(?<=[\dA-Za-z])\s+(?=[\u4e00-\u9fff])/g, '');
}

function isTitleLike(text: string): boolean {
  if (text.length > 80 || /[：:]$/.test(text) || /[。；]/.test(text)) return false;
  return !/^[一二三四五六七八九十]+、|^[（(]|^\d/.test(text);
}

function toIso(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
