// Turns the bytes of a .txt file into text: UTF-8 (with or without BOM), UTF-16 with BOM, or
// GB18030/GBK, which many government text files still use (seed office/003 is GB18030).
import { ImportError } from './import-error';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodedText = {
  text: string;
  encoding: TextEncodingName;
};

/** Share of control bytes (other than tab, CR, LF, FF) above which a file is taken as binary. */
const BINARY_CONTROL_RATIO = 0.01;

/**
 * Detects the encoding of a text file and decodes it.
 * Input: the file's bytes and its name (for messages). Output: the text (BOM removed, CRLF
 * kept as found) and the encoding used. UTF-8 is tried strictly first; if it is not valid
 * UTF-8 the bytes are read as GB18030, a superset of GBK and GB2312.
 * Throws ImportError (zh-CN) for an empty file, a binary file, or bytes that are neither.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) throw new ImportError(fileName, '文件为空，没有可导入的内容。');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
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

function assertNotBinary(bytes: Uint8Array, fileName: string): void {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) {
      throw new ImportError(fileName, '这不是文本文件（含有二进制内容），请确认文件类型。');
    }
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  if (control / sample.length > BINARY_CONTROL_RATIO) {
    throw new ImportError(fileName, '这不是文本文件（含有二进制内容），请确认文件类型。');
  }
}
