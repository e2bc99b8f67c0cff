// Reads an untrusted .kaoping package: sizes capped before and after inflating, checksums and
// format version verified, every record checked against its table's schema. Anything wrong
// refuses the whole package with the entry and field named.
import { strFromU8, unzipSync } from 'fflate';

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
import { sha256Hex } from './sha256';
import { TABLE_SCHEMAS } from './table-schemas';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Input: the package bytes, file name and size limits (LIMITS by default). Output: the manifest and data. Throws PackageError
 * (zh-CN) for: a file that is not a zip or is truncated, a declared or actual entry size over the
 * limits (zip bombs), a missing or invalid manifest, a format version newer than this build
 * (naming it), entries missing, extra or with a wrong checksum, JSON that does not parse, records
 * that fail their schema (table, index and field named), keys like __proto__, a record whose
 * declared revision hash is not its content's, evidence over its caps. Every record comes back
 * cleaned (the text-safety step; evidence typed from its bytes and safely named).
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
  const data: PackageData = { tables: {}, attachments: new Map() };
  for (const [path, content] of Object.entries(files)) {
    if (path.startsWith('attachments/')) data.attachments.set(path, content);
  }
  // A whole-data backup is restored, never merged: its evidence is bounded by the package limits only.
  const budget: EvidenceBudget = {
    bytes: 0,
    files: 0,
    cap: manifest.scope.kind === 'backup' ? limits.totalBytes : EVIDENCE_LIMITS.packageBytes,
  };
  for (const table of TABLES) {
    const content = files[`data/${table}.json`];
    if (content) data.tables[table] = parseTable(fileName, table, content, data.attachments, budget);
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

function parseTable(
  fileName: string,
  table: TableName,
  content: Uint8Array,
  attachments: Map<string, Uint8Array>,
  budget: EvidenceBudget,
): Array<{ id: string } & Record<string, unknown>> {
  const entry = `data/${table}.json`;
  const raw = parseJson(fileName, entry, content);
  if (!Array.isArray(raw)) throw new PackageError(fileName, '应为记录数组。', entry);
  const refuse = (reason: string) => new PackageError(fileName, `${TABLE_LABELS[table]}（${table}）${reason}。`, entry);
  return raw.map((record: unknown, index) => {
    const forbidden = findForbiddenKey(record);
    if (forbidden) throw refuse(`${recordLabel(index, record)}含有不允许的字段名“${forbidden}”`);
    const parsed = TABLE_SCHEMAS[table].safeParse(record);
    if (!parsed.success) throw refuse(describeRecordIssue(index, record, parsed.error.issues[0]));
    const valid: { id: string; attachment?: string } & Record<string, unknown> = parsed.data;
    const bytes = table === 'evidence' ? attachments.get(valid.attachment ?? '') : undefined;
    if (table === 'evidence' && !bytes) throw refuse(`${recordLabel(index, record)}的附件“${valid.attachment}”缺失`);
    try {
      verifyDeclaredHash(valid);
      return cleanRecord(table, bytes ? cleanEvidence(valid, bytes, budget) : valid);
    } catch (error) {
      if (error instanceof RecordRefusal) throw refuse(`${recordLabel(index, record)}：${error.message}`);
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
