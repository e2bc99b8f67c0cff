// Evidence (佐证) is only ever data: its type is read from its bytes, never taken from a package,
// a browser or a file name; only verified pictures (JPEG, PNG, GIF, WebP) and PDF keep a type,
// everything else — SVG, HTML and XML included — is application/octet-stream; names are
// cleaned and executable extensions stored as .bin; sizes are capped.
import { safeFileName } from '../text/file-name';

/** Caps on evidence, in bytes: one file, and all evidence a package brings (counted per record). */
export const EVIDENCE_LIMITS = { fileBytes: 30 * 1024 * 1024, packageBytes: 300 * 1024 * 1024 } as const;

export const OCTET_STREAM = 'application/octet-stream';
export type EvidenceType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'application/pdf' | typeof OCTET_STREAM;

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/**
 * The type of a file from its first bytes (magic numbers): JPEG (FF D8 FF), PNG (its 8-byte
 * signature), GIF (GIF87a/GIF89a), WebP (RIFF….WEBP), PDF (%PDF- within the first 1024 bytes,
 * as readers accept). Anything else, whatever its name or declared type: application/octet-stream.
 */
export function sniffEvidenceType(bytes: Uint8Array): EvidenceType {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  const head = bytes.subarray(0, 1024);
  const pdf = ascii('%PDF-');
  for (let index = 0; index + pdf.length <= head.length; index++) if (startsWith(head, pdf, index)) return 'application/pdf';
  return OCTET_STREAM;
}

/** True for the types whose bytes were verified as a raster picture (only these get thumbnails). */
export function isVerifiedRaster(type: string): boolean {
  return type === 'image/jpeg' || type === 'image/png' || type === 'image/gif' || type === 'image/webp';
}

/**
 * Extensions a system runs or a browser renders as a page when the file is opened: stored as
 * `.bin` so a double click on a downloaded evidence file opens nothing.
 */
const DANGEROUS_EXTENSIONS = new Set(
  (
    'exe com scr pif bat cmd hta lnk js jse vbs vbe wsf wsh ws ps1 psm1 ps1xml psc1 msi msp mst msc cpl dll sys ocx inf reg scf url website ' +
    'jar class application appref-ms gadget chm hlp cab iso img vhd vhdx ' +
    'html htm xhtml shtml mht mhtml svg svgz xml xsl xslt hta ' +
    'docm dotm xlsm xltm xlam pptm potm ppam sldm ' +
    'sh bash zsh command tool desktop appimage run deb rpm py pyw pl rb php app pkg dmg'
  ).split(' '),
);

/**
 * The name an evidence file is stored and downloaded under. Input: the name given (by a picker,
 * a paste, a package). Output: `safeFileName` of it (NFC, control and format characters such as
 * the bidi override of `照片\u202egpj.exe` removed) whose extension, when a system would run it
 * or render it, is turned into `_ext.bin` (照片gpj.exe → 照片gpj_exe.bin).
 */
export function safeEvidenceName(name: string): string {
  const clean = safeFileName(name, '佐证');
  const match = /\.([^.]+)$/.exec(clean);
  if (!match || !DANGEROUS_EXTENSIONS.has(match[1]!.toLowerCase())) return clean;
  return safeFileName(`${clean.slice(0, match.index)}_${match[1]}.bin`, '佐证');
}

export type EvidenceFileInfo = { name: string; type: EvidenceType; size: number };

/**
 * What is stored for one evidence file. Input: the name given and the bytes. Output: the safe
 * name, the sniffed type and the size in bytes. Throws Error (zh-CN, naming the file) when the
 * file is larger than EVIDENCE_LIMITS.fileBytes.
 */
export function evidenceFileInfo(name: string, bytes: Uint8Array): EvidenceFileInfo {
  const safe = safeEvidenceName(name);
  if (bytes.byteLength > EVIDENCE_LIMITS.fileBytes) {
    throw new Error(`佐证“${safe}”有 ${formatBytes(bytes.byteLength)}，超过单个文件上限 ${formatBytes(EVIDENCE_LIMITS.fileBytes)}。`);
  }
  return { name: safe, type: sniffEvidenceType(bytes), size: bytes.byteLength };
}

/** Bytes for people: 512 B, 3.4 KB, 30.0 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
