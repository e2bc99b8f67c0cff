// The one file-name sanitiser: every file Kaoping names (exports, reports per unit, evidence,
// the CLI's output) goes through `safeFileName`, so a unit named 城关区/高新区 or one of 100
// characters still gives a file every system can write.
import { safeName } from './safe-text';

/** Longest file name written, in UTF-8 bytes (ext4 and most systems allow 255; room for a suffix). */
export const FILE_NAME_MAX_BYTES = 200;
/** Characters no file name may hold on Windows, Linux or macOS (path separators, wildcards, ADS colon). */
const RESERVED_CHARACTERS = /[/\\:*?"<>|]/g;
/** Device names Windows reserves whatever the extension. */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

const encoder = new TextEncoder();

/** `text` cut to at most `maxBytes` UTF-8 bytes, never inside a character. */
export function cutToBytes(text: string, maxBytes: number): string {
  if (encoder.encode(text).byteLength <= maxBytes) return text;
  let bytes = 0;
  let end = 0;
  for (const character of text) {
    bytes += encoder.encode(character).byteLength;
    if (bytes > maxBytes) break;
    end += character.length;
  }
  return text.slice(0, end);
}

/**
 * A file name from any text. Input: the wished name (with its extension) and a fallback for a
 * name that ends up empty. Output: `safeName` of it with / \ : * ? " < > | as `_`, leading dots
 * and trailing dots and spaces removed, Windows device names prefixed with `_`, cut to
 * FILE_NAME_MAX_BYTES UTF-8 bytes keeping the extension (up to 16 characters). Never empty.
 */
export function safeFileName(name: string, fallback = '未命名'): string {
  let clean = safeName(name)
    .replace(RESERVED_CHARACTERS, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (WINDOWS_DEVICES.test(clean)) clean = `_${clean}`;
  if (!clean) clean = fallback;
  const extension = /\.[^.\s]{1,16}$/.exec(clean)?.[0] ?? '';
  const stem = clean.slice(0, clean.length - extension.length);
  const cut = cutToBytes(stem, FILE_NAME_MAX_BYTES - encoder.encode(extension).byteLength).replace(/[.\s]+$/, '');
  return `${cut || fallback}${extension}`;
}
