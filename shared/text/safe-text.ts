/* eslint-disable no-control-regex -- finding control characters is what this file is for */
// The one text-safety step: every string that enters Kaoping (an import, a merged package, a
// restore, a paste, typing) passes through `safeText`; names (units, people, files) through
// `safeName`; and every writer of XML (Word, SVG) passes text through `xmlSafe`. A string
// that went through `safeText` is always XML-safe as well.

/** Line breaks other than \n (CR, CRLF, VT and FF as Word pastes them, NEL, LS, PS): one \n each. */
const LINE_BREAKS = /\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g;
/** C0 and C1 control characters other than \t and \n, and DEL. */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
/** A surrogate half not paired with its partner (a broken UTF-16 string). */
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Noncharacters XML forbids. */
const NONCHARACTERS = /[\ufffe\uffff]/g;
/**
 * Format characters that hide or reorder text in a name: zero-width spaces and joiners, the
 * bidi embeddings, overrides and isolates, soft hyphen, word joiner, BOM (Unicode category Cf).
 */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
/** Characters XML 1.0 does not allow at all (C0 other than \t \n \r), plus noncharacters and lone surrogates. */
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Normalises any entering text. Input: any string. Output: the text with every line break as \n, other control characters removed, lone
 * surrogates and the noncharacters U+FFFE/U+FFFF dropped, in Unicode NFC. Idempotent.
 */
export function safeText(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(CONTROLS, '').replace(LONE_SURROGATES, '').replace(NONCHARACTERS, '').normalize('NFC');
}

/**
 * A name as stored and shown (unit, person, file): `safeText`, then format characters
 * (zero-width, bidi controls) removed, line breaks and tabs as one space, runs of spaces
 * collapsed, trimmed. So `甲\u200b区` is 甲区 and `照片\u202egpj.exe` is 照片gpj.exe. Idempotent.
 */
export function safeName(text: string): string {
  return safeText(text)
    .replace(FORMAT_CHARACTERS, '')
    .replace(/[\n\t]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Text a writer may put in an XML text node or attribute (Word document.xml, SVG): the
 * characters XML 1.0 forbids removed (C0 controls other than tab and line breaks, lone
 * surrogates, U+FFFE/U+FFFF). Line breaks are kept for the writer to lay out. Escaping of
 * `<`, `&` stays with the writer's library; this removes what no escaping can express.
 */
export function xmlSafe(text: string): string {
  return text.replace(XML_ILLEGAL, '').replace(LONE_SURROGATES, '');
}

/**
 * Every string inside a JSON-like value passed through `clean` (default `safeText`), objects
 * and arrays rebuilt, other values kept. Input depth is bounded by the caller's schema checks.
 */
export function safeDeep<T>(value: T, clean: (text: string) => string = safeText): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) return value.map((entry) => safeDeep(entry, clean)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, safeDeep(entry, clean)])) as T;
  }
  return value;
}
