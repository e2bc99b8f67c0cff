// What happens to every record a package brings before anything merges or restores it: its
// declared revision hash is recomputed (a mismatch refuses the package), its text goes through
// the one text-safety step (names through the name step), and evidence gets the type its bytes
// show, a safe name and its real size, within the per-file and per-package caps.
import { contentHash, type RecordMeta } from '../domain/record-meta';
import { safeDeep, safeName, safeText } from '../text/safe-text';
import { evidenceFileInfo, formatBytes } from './evidence-file';
import type { TableName } from './package-format';

type Row = { id: string } & Record<string, unknown>;

/** A record that cannot be taken: the reason (zh-CN), to be reported with the file and entry. */
export class RecordRefusal extends Error {}

/** Fields holding a name (shown in lists, compared for sameness): cleaned by `safeName`. */
const NAME_FIELDS: Partial<Record<TableName, string[]>> = {
  units: ['name'],
  unitAliases: ['id', 'canonical'],
  inputs: ['inspector'],
  evidence: ['inspector'],
};

/**
 * Throws RecordRefusal when a record declares a revision whose hash is not its content's hash
 * (a record edited after stamping, or a history forged onto other content). Records without a
 * revision pass.
 */
export function verifyDeclaredHash(record: Row): void {
  const meta = record.meta as RecordMeta | undefined;
  if (!meta) return;
  const actual = contentHash(record);
  if (actual !== meta.hash)
    throw new RecordRefusal(`记录“${safeName(record.id)}”声明的修订哈希 ${meta.hash} 与其内容（${actual}）不符，内容可能被篡改`);
}

/**
 * The record as stored: every string through `safeText`, name fields and the revision's author
 * through `safeName`. When cleaning changed the content, the revision's hash is the cleaned
 * content's (its history kept), so the stored record stays consistent.
 */
export function cleanRecord(table: TableName, record: Row): Row {
  const clean = safeDeep(record, safeText);
  for (const field of NAME_FIELDS[table] ?? []) if (typeof clean[field] === 'string') clean[field] = safeName(clean[field]);
  const meta = clean.meta as RecordMeta | undefined;
  if (!meta) return clean;
  const changedBy = safeName(meta.changedBy);
  return { ...clean, meta: { ...meta, changedBy, hash: contentHash(clean) } };
}

/** Running total of the evidence bytes one package brings (each record counted, shared attachments too). */
export type EvidenceBudget = { bytes: number; files: number; cap: number };

/**
 * An evidence record as stored: the safe name, the type sniffed from its attachment's bytes
 * (never the declared one) and the attachment's real size. Throws RecordRefusal when the file
 * is over the per-file cap or the package's evidence over `budget.cap` (bytes; EVIDENCE_LIMITS.packageBytes for a
 * package to merge).
 */
export function cleanEvidence(record: Row, bytes: Uint8Array, budget: EvidenceBudget): Row {
  let info;
  try {
    info = evidenceFileInfo(String(record.name ?? ''), bytes);
  } catch (error) {
    throw new RecordRefusal(error instanceof Error ? error.message : String(error));
  }
  budget.bytes += bytes.byteLength;
  budget.files += 1;
  if (budget.bytes > budget.cap) {
    throw new RecordRefusal(
      `佐证材料合计超过 ${formatBytes(budget.cap)}（至第 ${budget.files} 个已有 ${formatBytes(budget.bytes)}），评价包过大`,
    );
  }
  return { ...record, name: info.name, type: info.type, size: info.size };
}
