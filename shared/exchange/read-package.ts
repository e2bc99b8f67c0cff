// Reads an untrusted .kaoping package: sizes capped before and after inflating, checksums and
// format version verified, every record checked against its table's schema. Anything wrong
// refuses the whole package with the entry and field named. A format-1 package is checked against
// the format-1 schemas and then restored to format 2 (restore-format-1.ts): callers see format 2 only.
import { strFromU8, unzipSync } from 'fflate';
import type { z } from 'zod';

import { EVIDENCE_LIMITS } from './evidence-file';
import { cleanEvidence, cleanRecord, type EvidenceBudget, RecordRefusal, verifyDeclaredHash } from './incoming-records';
import { PackageError } from './package-error';
import {
  FORMAT_VERSION,
  LIMITS,
  type Manifest,
  manifestSchema,
  type PackageData,
  TABLE_LABELS,
  type TableName,
  TABLES,
} from './package-format';
import { describeFieldIssue, describeRecordIssue, recordLabel } from './record-issue';
import { restoreFormat1 } from './restore-format-1';
import { sha256Hex } from './sha256';
import { TABLE_SCHEMAS } from './table-schemas';
import { FORMAT_1_LABELS, FORMAT_1_SCHEMAS, FORMAT_1_TABLES, type Format1Tables } from './table-schemas-format-1';

type Row = { id: string } & Record<string, unknown>;

/** How one format names and checks its tables. */
type TableFormat<T extends string> = { tables: readonly T[]; labels: Record<T, string>; schemas: Record<T, z.ZodType<Row>> };

const FORMAT_2: TableFormat<TableName> = { tables: TABLES, labels: TABLE_LABELS, schemas: TABLE_SCHEMAS };
const FORMAT_1: TableFormat<keyof typeof FORMAT_1_SCHEMAS> = {
  tables: FORMAT_1_TABLES,
  labels: FORMAT_1_LABELS,
  schemas: FORMAT_1_SCHEMAS,
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Input: the package bytes, file name and size limits (LIMITS by default). Output: the manifest and data. Throws PackageError
 * (zh-CN) for: a file that is not a zip or is truncated, a declared or actual entry size over the
 * limits (zip bombs), a missing or invalid manifest, a format version newer than this build
 * (naming it), entries missing, extra or with a wrong checksum, JSON that does not parse, records
 * that fail their format's schema (table, index and field named), keys like __proto__, a record
 * whose declared revision hash is not its content's, evidence over its caps. A format-1 package's
 * records are checked as format 1 (hashes of the records as written), then restored to format 2.
 * Every record comes back in format 2, cleaned (the text-safety step; evidence typed from its
 * bytes and safely named).
 */
export async function readPackage(
  bytes: Uint8Array,
  fileName: string,
  limits: typeof LIMITS = LIMITS,
): Promise<{ manifest: Manifest; data: PackageData }> {
  if (bytes.byteLength > limits.packageBytes)
    throw new PackageError(fileName, `文件过大（上限 ${limits.packageBytes / 1024 / 1024} MB）。`);
  let declaredTotal = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize > limits.entryBytes)
          throw new PackageError(fileName, `条目解压后 ${file.originalSize} 字节，超过上限。`, file.name);
        declaredTotal += file.originalSize;
        if (declaredTotal > limits.totalBytes) throw new PackageError(fileName, '解压后总大小超过上限，可能是恶意压缩包。', file.name);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError(
      fileName,
      `不是有效的评价包（zip 文件损坏或被截断：${error instanceof Error ? error.message : String(error)}）。`,
    );
  }
  const actualTotal = Object.values(files).reduce((sum, file) => sum + file.byteLength, 0);
  if (actualTotal > limits.totalBytes) throw new PackageError(fileName, '解压后总大小超过上限，可能是恶意压缩包。');
  const manifestBytes = files['manifest.json'];
  if (!manifestBytes) throw new PackageError(fileName, '缺少 manifest.json，这不是考评评价包。');
  const manifest = parseManifest(fileName, manifestBytes);
  await verifyEntries(fileName, manifest, files);
  const attachments = new Map<string, Uint8Array>();
  for (const [path, content] of Object.entries(files)) {
    if (path.startsWith('attachments/')) attachments.set(path, content);
  }
  // Each format-1 table's records have just passed that table's schema: Format1Tables is their inferred type.
  const checked =
    manifest.formatVersion === 1
      ? restoreFormat1(checkTables(fileName, FORMAT_1, files, attachments) as Format1Tables, attachments)
      : { tables: checkTables(fileName, FORMAT_2, files, attachments), attachments };
  // A whole-data backup is restored, never merged: its evidence is bounded by the package limits only.
  const budget: EvidenceBudget = {
    bytes: 0,
    files: 0,
    cap: manifest.scope.kind === 'backup' ? limits.totalBytes : EVIDENCE_LIMITS.packageBytes,
  };
  const data: PackageData = { tables: {}, attachments };
  for (const table of TABLES) {
    const records = checked.tables[table];
    if (records) data.tables[table] = cleanTable(fileName, table, records, attachments, budget);
  }
  return { manifest, data };
}

function parseManifest(fileName: string, content: Uint8Array): Manifest {
  const raw = parseJson(fileName, 'manifest.json', content);
  const version = (raw as { formatVersion?: unknown })?.formatVersion;
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    throw new PackageError(
      fileName,
      `该评价包为第 ${version} 版格式，本程序只能读取第 ${FORMAT_VERSION} 版及以前的格式，请升级考评后再导入。`,
      'manifest.json',
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new PackageError(fileName, `${describeFieldIssue(raw, parsed.error.issues[0])}。`, 'manifest.json');
  return parsed.data as Manifest;
}

async function verifyEntries(fileName: string, manifest: Manifest, files: Record<string, Uint8Array>): Promise<void> {
  const listed = new Set(manifest.entries.map((entry) => entry.path));
  for (const path of Object.keys(files)) {
    if (path !== 'manifest.json' && !listed.has(path))
      throw new PackageError(fileName, '条目未登记在 manifest.json 中，包可能被篡改。', path);
  }
  for (const entry of manifest.entries) {
    const content = files[entry.path];
    if (!content) throw new PackageError(fileName, 'manifest.json 登记的条目缺失，包不完整。', entry.path);
    if (content.byteLength !== entry.size || (await sha256Hex(content)) !== entry.sha256)
      throw new PackageError(fileName, '校验和不符，内容已损坏或被修改。', entry.path);
  }
}

/** Every table of `format` the package holds, each record through its schema and its declared hash. */
function checkTables<T extends string>(
  fileName: string,
  format: TableFormat<T>,
  files: Record<string, Uint8Array>,
  attachments: Map<string, Uint8Array>,
): Partial<Record<T, Row[]>> {
  const tables: Partial<Record<T, Row[]>> = {};
  for (const table of format.tables) {
    const content = files[`data/${table}.json`];
    if (content) tables[table] = checkTable(fileName, table, format, content, attachments);
  }
  return tables;
}

function checkTable<T extends string>(
  fileName: string,
  table: T,
  format: TableFormat<T>,
  content: Uint8Array,
  attachments: Map<string, Uint8Array>,
): Row[] {
  const entry = `data/${table}.json`;
  const raw = parseJson(fileName, entry, content);
  if (!Array.isArray(raw)) throw new PackageError(fileName, '应为记录数组。', entry);
  const refuse = (reason: string) => new PackageError(fileName, `${format.labels[table]}（${table}）${reason}。`, entry);
  return raw.map((record: unknown, index) => {
    const forbidden = findForbiddenKey(record);
    if (forbidden) throw refuse(`${recordLabel(index, record)}含有不允许的字段名“${forbidden}”`);
    const parsed = format.schemas[table].safeParse(record);
    if (!parsed.success) throw refuse(describeRecordIssue(index, record, parsed.error.issues[0]));
    const valid = parsed.data;
    if (table === 'evidence' && !attachments.has(String(valid.attachment)))
      throw refuse(`${recordLabel(index, record)}的附件“${String(valid.attachment)}”缺失`);
    try {
      verifyDeclaredHash(valid);
    } catch (error) {
      if (error instanceof RecordRefusal) throw refuse(`${recordLabel(index, record)}：${error.message}`);
      throw error;
    }
    return valid;
  });
}

/** The checked format-2 records of one table as stored: cleaned, evidence typed from its bytes within `budget`. */
function cleanTable(
  fileName: string,
  table: TableName,
  records: Row[],
  attachments: Map<string, Uint8Array>,
  budget: EvidenceBudget,
): Row[] {
  return records.map((record, index) => {
    const bytes = table === 'evidence' ? attachments.get(String(record.attachment)) : undefined;
    try {
      return cleanRecord(table, bytes ? cleanEvidence(record, bytes, budget) : record);
    } catch (error) {
      if (error instanceof RecordRefusal)
        throw new PackageError(
          fileName,
          `${TABLE_LABELS[table]}（${table}）${recordLabel(index, record)}：${error.message}。`,
          `data/${table}.json`,
        );
      throw error;
    }
  });
}

function parseJson(fileName: string, entry: string, content: Uint8Array): unknown {
  try {
    return JSON.parse(strFromU8(content));
  } catch (error) {
    throw new PackageError(fileName, `JSON 格式错误（${error instanceof Error ? error.message : String(error)}）。`, entry);
  }
}

function findForbiddenKey(value: unknown, depth = 0): string | null {
  if (depth > 32) return '（嵌套过深）';
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findForbiddenKey(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      const found = findForbiddenKey((value as Record<string, unknown>)[key], depth + 1);
      if (found) return found;
    }
  }
  return null;
}
