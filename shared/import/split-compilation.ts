// Files that hold several documents: a compilation (汇编) where each document is introduced by its
// title and its web address, or a notice that issues several plans it names in 《》,
// each plan following under its own title. Anything else is one document.
import type { IsoDate } from '../domain/types';
import { compactText } from '../read/source-lines';

export type DocumentPart = {
  /** The document's own lines (its heading and address line left out), joined by newlines. */
  text: string;
  /** The title the compilation gives it (numbering, date and stray spaces removed); null: the text's own. */
  title: string | null;
  /** The address printed under the title. */
  url: string | null;
  /** The date in the heading's bracket, e.g. （2023 年 5 月 17 日）. */
  issuedOn: IsoDate | null;
  /** Lines of the file before this part (item source lines are relative to the part). */
  lineOffset: number;
  /** A plan issued by the notice in part 0: it takes the notice's 文号, 发文机关 and date when it has none. */
  issuedByNotice: boolean;
};

const URL_LINE = /^\s*<?(https?:\/\/\S+?)>?\s*$/;
const HEADING_DATE = /[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[）)]\s*$/;
/** A compilation's own grouping heading standing just before a document: 五、华中 / （二）湖南. */
const GROUP_HEADING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\s*[\u4e00-\u9fff]{1,8}\s*$/;

/**
 * Splits a decoded file into its documents. Input: the text. Output: the parts in order; one part
 * (the whole text, title null) when the file holds one document. Rules: two or more lines that are
 * only a web address make a compilation — each document starts at the non-empty line above its
 * address (its title) and ends where the next begins, less the group headings just before that;
 * failing that, two or more 《titles》 named in the opening notice that reappear as lines make a
 * notice followed by its plans.
 */
export function splitCompilation(text: string): DocumentPart[] {
  const lines = text.split(/\r?\n/);
  return (
    byAddresses(lines) ?? byNamedPlans(lines) ?? [{ text, title: null, url: null, issuedOn: null, lineOffset: 0, issuedByNotice: false }]
  );
}

function byAddresses(lines: string[]): DocumentPart[] | null {
  const starts: Array<{ title: number; url: number }> = [];
  lines.forEach((line, index) => {
    if (!URL_LINE.test(line)) return;
    let title = index - 1;
    while (title >= 0 && !lines[title]!.trim()) title--;
    if (title >= 0 && !URL_LINE.test(lines[title]!)) starts.push({ title, url: index });
  });
  if (starts.length < 2) return null;
  return starts.map(({ title, url }, index) => {
    let end = index + 1 < starts.length ? starts[index + 1]!.title : lines.length;
    while (end - 1 > url && (!lines[end - 1]!.trim() || GROUP_HEADING.test(lines[end - 1]!))) end--;
    const heading = lines[title]!.trim().replace(/^\d+\s*[.．、]\s*/, '');
    const date = HEADING_DATE.exec(heading);
    return {
      text: lines.slice(url + 1, end).join('\n'),
      title: heading
        .replace(HEADING_DATE, '')
        .replace(/(?<=[\u4e00-\u9fff“”])\s+(?=[\u4e00-\u9fff“”])/g, '')
        .trim(),
      url: URL_LINE.exec(lines[url]!)![1]!,
      issuedOn: date ? `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}` : null,
      lineOffset: url + 1,
      issuedByNotice: false,
    };
  });
}

function byNamedPlans(lines: string[]): DocumentPart[] | null {
  const opening = lines.slice(0, 40).join('\n');
  const named = [...opening.matchAll(/《([^《》]{4,80})》/g)].map((match) => compactText(match[1]!));
  if (new Set(named).size < 2) return null;
  const starts: number[] = [];
  lines.forEach((line, index) => {
    if (named.includes(compactText(line)) && !/《/.test(line)) starts.push(index);
  });
  if (starts.length < 2) return null;
  const part = (from: number, to: number, title: string | null, issuedByNotice: boolean): DocumentPart => ({
    text: lines.slice(from, to).join('\n'),
    title,
    url: null,
    issuedOn: null,
    lineOffset: from,
    issuedByNotice,
  });
  return [
    part(0, starts[0]!, null, false),
    ...starts.map((start, index) =>
      part(
        start + 1,
        starts[index + 1] ?? lines.length,
        lines[start]!.trim().replace(/(?<=[\u4e00-\u9fff“”])\s+(?=[\u4e00-\u9fff“”\d])|(?<=\d)\s+(?=[\u4e00-\u9fff])/g, ''),
        true,
      ),
    ),
  ];
}
