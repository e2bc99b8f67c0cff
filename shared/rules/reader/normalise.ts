// Normalising a 评分标准 before reading: full-width to half-width (NFKC), circled and Chinese
// numerals before counters to digits, common OCR slips inside numbers, whitespace removed.
import { parseSmallNumber } from '../../text/chinese-number';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The text as the recognisers read it. Pure; never throws. */
export function normaliseRuleText(text: string): string {
  return text
    .replace(/[①-⑳]/g, (circled) => `(${CIRCLED.indexOf(circled) + 1})`)
    .replace(/\r?\n+/g, ';')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(\d)[oO](?=[\d.%分])/g, '$10')
    .replace(/(\d\.)[oO]/g, '$10')
    .replace(/(^|[^a-zA-Z])[oO](?=\.\d)/g, '$10')
    .replace(/(\d)[lI](?=\d)/g, '$11')
    .replace(/(\d)[。·](\d)/g, '$1.$2')
    .replace(/百分之(\d+(?:\.\d+)?)/g, '$1%')
    .replace(
      /(?<![统唯单])([一二两三四五六七八九十]+)(?=名|次(?!不跑)|例|起|处|项|件|个百分点|个工作日|工作日|天|年|位|个月)/g,
      (words: string) => String(parseSmallNumber(words) ?? words),
    )
    .replace(/[,;]{2,}/g, (run) => run[0]!)
    .replace(/[．]/g, '.');
}

const CHINESE_PUNCTUATION: Readonly<Record<string, string>> = {
  '(': '（',
  ')': '）',
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
};

/**
 * A label read from the normalised text, shown with Chinese punctuation again (the normalising
 * step made （区） into (区)), so a ticked item reads as the rubric writes it. Pure.
 */
export function asChineseLabel(label: string): string {
  return label.replace(/[(),;:?!]/g, (mark) => CHINESE_PUNCTUATION[mark]!);
}
