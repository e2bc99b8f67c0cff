// An office's own Word template comes from outside like any imported file: it is unpacked within
// the importers' archive limits (repack-archive.ts), its XML nesting is capped, and everything
// that would make the exported 公文 reach out or run something is removed — external
// relationships other than hyperlinks (remote images, a template on a UNC path), attachedTemplate,
// altChunk (embedded foreign documents), OLE objects and ActiveX controls, and macros.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

import { ImportError } from '../../read/import-error';
import { ARCHIVE_LIMITS, isZip, repackArchive } from '../../read/repack-archive';

/** Limits on a template, beyond the importers' archive limits: entries, and XML element depth. */
export const TEMPLATE_LIMITS = { entries: 2000, depth: 256 } as const;

/** Relationship types that pull in or run foreign content; removed whatever their target. */
const FOREIGN_RELATIONSHIPS =
  /\/(attachedTemplate|aFChunk|oleObject|package|vbaProject|activeXControl|activeXControlBinary|subDocument|frame|wordVbaData)"/;
/** Parts that hold code or embedded programs. */
const FOREIGN_PARTS = /(^|\/)(vbaProject\.bin|vbaData\.xml|activeX\/.*|embeddings\/.*\.(bin|exe|docm|xlsm|pptm))$/i;
const MACRO_MAIN = 'application/vnd.ms-word.document.macroEnabled.main+xml';
const DOCUMENT_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/** The deepest element nesting of an XML text (counted from its tags; comments and CDATA are not expected in Word parts). */
export function xmlDepth(xml: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of xml.matchAll(/<(\/?)[A-Za-z][^>]*?(\/?)>/g)) {
    if (match[1]) depth -= 1;
    else if (!match[2]) deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

/** One relationships part without foreign relationships and without external targets other than hyperlinks. */
function cleanRelationships(xml: string): string {
  return xml.replace(/<Relationship\b[^>]*\/>/g, (relationship) => {
    const external = /TargetMode\s*=\s*"External"/i.test(relationship);
    const hyperlink = /Type\s*=\s*"[^"]*\/hyperlink"/.test(relationship);
    return FOREIGN_RELATIONSHIPS.test(relationship) || (external && !hyperlink) ? '' : relationship;
  });
}

/** A WordprocessingML part without altChunk, embedded objects and controls. */
function cleanContent(xml: string): string {
  return xml
    .replace(/<w:altChunk\b[^>]*?(\/>|>[\s\S]*?<\/w:altChunk>)/g, '')
    .replace(/<w:object\b[^>]*?(\/>|>[\s\S]*?<\/w:object>)/g, '')
    .replace(/<w:control\b[^>]*?\/>/g, '')
    .replace(/<w:attachedTemplate\b[^>]*?\/>/g, '');
}

/** The content types without overrides for removed parts, a macro-enabled main part declared as a plain document. */
function cleanContentTypes(xml: string, kept: Set<string>): string {
  const withoutRemoved = xml.replace(/<Override\b[^>]*\/>/g, (override) => {
    const part = /PartName\s*=\s*"\/?([^"]*)"/.exec(override)?.[1];
    return part !== undefined && !kept.has(decodeURI(part)) ? '' : override;
  });
  return withoutRemoved.split(MACRO_MAIN).join(DOCUMENT_MAIN);
}

/**
 * Opens a template safely. Input: the bytes and file name. Output: the cleaned .docx bytes.
 * Throws Error (zh-CN, naming the template) for bytes that are not a zip, a damaged archive or one over the archive limits
 * (as importers: ARCHIVE_LIMITS), more than TEMPLATE_LIMITS.entries entries, or an XML part
 * nested deeper than TEMPLATE_LIMITS.depth elements.
 */
export function openTemplateArchive(bytes: Uint8Array, templateName: string, limits: typeof ARCHIVE_LIMITS = ARCHIVE_LIMITS): Uint8Array {
  if (!isZip(bytes)) throw new Error(`模板“${templateName}”不是有效的 Word 文件（.docx）。`);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(repackArchive(bytes, templateName, 'Word', limits));
  } catch (error) {
    if (error instanceof ImportError) throw new Error(`模板“${templateName}”无法使用：${error.message}`);
    throw error;
  }
  const names = Object.keys(files);
  if (names.length > TEMPLATE_LIMITS.entries)
    throw new Error(`模板“${templateName}”含 ${names.length} 个部件，超过上限 ${TEMPLATE_LIMITS.entries}，可能是恶意文件。`);
  const cleaned: Record<string, Uint8Array> = {};
  const kept = new Set(names.filter((name) => !FOREIGN_PARTS.test(name)));
  for (const name of kept) {
    if (!/\.(xml|rels)$/i.test(name)) {
      cleaned[name] = files[name]!;
      continue;
    }
    const xml = strFromU8(files[name]!);
    if (xmlDepth(xml) > TEMPLATE_LIMITS.depth)
      throw new Error(`模板“${templateName}”的部件“${name}”嵌套超过 ${TEMPLATE_LIMITS.depth} 层，可能是恶意文件。`);
    const clean = name.endsWith('.rels')
      ? cleanRelationships(xml)
      : name === '[Content_Types].xml'
        ? cleanContentTypes(xml, kept)
        : cleanContent(xml);
    cleaned[name] = strToU8(clean);
  }
  return zipSync(cleaned, { level: 0 });
}
