// Packs report content: docx builds the paragraphs (and sections, styles, footers); each raw table
// stands in as a placeholder paragraph and replaces it in word/document.xml afterwards.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

import { officialDocument } from './official-layout';
import type { RawTable } from './official-table';

export type ReportBlock = Paragraph | RawTable;

const TOKEN = 'KAOPINGRAWTABLE';

function isRawTable(block: ReportBlock): block is RawTable {
  return (block as RawTable).kind === 'rawTable';
}

function withPlaceholders(blocks: ReportBlock[]): { paragraphs: Paragraph[]; tables: string[] } {
  const tables: string[] = [];
  const paragraphs = blocks.map((block) => {
    if (!isRawTable(block)) return block;
    tables.push(block.xml);
    return new Paragraph({ children: [new TextRun(`${TOKEN}${tables.length - 1}`)] });
  });
  return { paragraphs, tables };
}

/** Replaces each placeholder paragraph of document XML with its table. */
function placeTables(xml: string, tables: string[]): string {
  let result = xml;
  tables.forEach((table, index) => {
    const at = result.indexOf(`${TOKEN}${index}<`);
    if (at < 0) throw new Error(`table placeholder ${index} is missing`);
    const start = Math.max(result.lastIndexOf('<w:p>', at), result.lastIndexOf('<w:p ', at));
    const end = result.indexOf('</w:p>', at) + '</w:p>'.length;
    result = result.slice(0, start) + table + result.slice(end);
  });
  return result;
}

/** The report as .docx bytes: official page and styles (official-layout.ts), tables in place. */
export async function packOfficialDocument(title: string, blocks: ReportBlock[]): Promise<Uint8Array> {
  const { paragraphs, tables } = withPlaceholders(blocks);
  const bytes = new Uint8Array(await Packer.toArrayBuffer(officialDocument(title, paragraphs)));
  if (tables.length === 0) return bytes;
  const files = unzipSync(bytes);
  files['word/document.xml'] = strToU8(placeTables(strFromU8(files['word/document.xml']!), tables));
  return zipSync(files, { level: 6 });
}

/** The blocks as they appear inside <w:body> (no section properties), for templates. */
export async function bodyXmlOf(blocks: ReportBlock[]): Promise<string> {
  const { paragraphs, tables } = withPlaceholders(blocks);
  const bytes = new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children: paragraphs }] })));
  const xml = placeTables(
    strFromU8(unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']!),
    tables,
  );
  return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.lastIndexOf('<w:sectPr'));
}
