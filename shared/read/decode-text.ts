// Turns the bytes of a .txt file into text: UTF-8 (with or without BOM), UTF-16 (LE or BE, told
// by its BOM or, without one, by where its zero bytes fall), or GB18030/GBK, which many government
// text files still use (seed office/003 is GB18030). The text leaves through the one text-safety
// step (safeText), so a NUL, a vertical tab or a broken surrogate never reaches a reader.
import { safeText } from '../text/safe-text';
import { ImportError } from './import-error';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodedText = {
  text: string;
  encoding: TextEncodingName;
};

/** Share of control bytes (other than tab, CR, LF, FF; NUL included) above which a file is taken as binary. */
const BINARY_CONTROL_RATIO = 0.01;
/** Bytes looked at to tell the encoding and whether the file is binary. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of characters that must look like text for UTF-16 without a BOM. */
const UTF16_TEXT_SHARE = 0.9;
/** Characters of ordinary Chinese text: CJK ideographs, CJK and full-width punctuation, printable ASCII, tab, line breaks. */
const TEXT_LIKE = /[\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef\u2010-\u2027\u0020-\u007e\t\n\r]/g;
/** Least number of zero bytes in a sample before UTF-16 without a BOM is considered. */
const UTF16_MIN_ZEROS = 2;

/**
 * Detects the encoding of a text file and decodes it.
 * Input: the file's bytes and its name (for messages). Output: the text (BOM removed, CRLF as \n,
 * control characters other than tab and newline removed, NFC — `safeText`) and the encoding used.
 * UTF-16 is recognised by its BOM or, without one, by zero bytes in a file that read as UTF-16
 * LE or BE is Chinese text (utf16WithoutBom). Otherwise UTF-8 is
 * tried strictly first, then GB18030, a superset of GBK and GB2312.
 * Throws ImportError (zh-CN) for an empty file, a binary file, or bytes that are neither.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const decoded = decodeRaw(bytes, fileName);
  return { text: safeText(decoded.text), encoding: decoded.encoding };
}

function decodeRaw(bytes: Uint8Array, fileName: string): { text: string; encoding: TextEncodingName } {
  if (bytes.length === 0) throw new ImportError(fileName, '文件为空，没有可导入的内容。');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes.subarray(0, SAMPLE_BYTES));
  if (utf16) return { text: decodeUtf16(bytes, utf16), encoding: utf16 };
  assertNotBinary(bytes, fileName);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // not UTF-8: fall through to GB18030
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(body), encoding: 'gb18030' };
  } catch {
    throw new ImportError(fileName, '文本编码无法识别（既不是 UTF-8，也不是 GB18030/GBK）。');
  }
}

/**
 * UTF-16 without a BOM: the sample holds zero bytes (UTF-8 and GB18030 text never does) and read
 * as UTF-16 LE or BE it is text — at least 90 % of its characters CJK ideographs, CJK or full-width
 * punctuation, printable ASCII, tab or line breaks. The order with more such characters wins.
 * Null otherwise (binary, or text in another encoding with a stray NUL).
 */
function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const zeros = sample.reduce((count, byte) => count + (byte === 0 ? 1 : 0), 0);
  if (zeros < UTF16_MIN_ZEROS) return null;
  const even = sample.subarray(0, sample.length - (sample.length % 2));
  const [best] = (['utf-16le', 'utf-16be'] as const)
    .map((encoding) => ({ encoding, text: decodeUtf16(even, encoding) }))
    .map(({ encoding, text }) => ({ encoding, share: (text.match(TEXT_LIKE)?.length ?? 0) / Math.max(1, text.length) }))
    .sort((a, b) => b.share - a.share);
  return best && best.share >= UTF16_TEXT_SHARE ? best.encoding : null;
}

/**
 * UTF-16 code units as a string, unpaired surrogates kept (safeText drops them; TextDecoder would
 * put U+FFFD in their place). A trailing odd byte is ignored.
 */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const units = new Uint16Array(bytes.length >> 1);
  for (let index = 0; index < units.length; index++) units[index] = view.getUint16(index * 2, encoding === 'utf-16le');
  const chunks: string[] = [];
  for (let start = 0; start < units.length; start += 8192) chunks.push(String.fromCharCode(...units.subarray(start, start + 8192)));
  return chunks.join('');
}

function assertNotBinary(bytes: Uint8Array, fileName: string): void {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  if (control / sample.length > BINARY_CONTROL_RATIO) {
    throw new ImportError(fileName, '这不是文本文件（含有二进制内容），请确认文件类型。');
  }
}
