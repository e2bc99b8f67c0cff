// Writes a .kaoping package from tables and attachments.
import { strToU8, zipSync } from 'fflate';

import { FORMAT_VERSION, type Manifest, PACKAGE_TYPE, type PackageData, type PackageScope, TABLES } from './package-format';
import { sha256Hex } from './sha256';

export type PackageInfo = { appVersion: string; createdBy: string; createdAt: string; scope: PackageScope };

/**
 * Builds the zip. Input: the data (each table's records as JSON-ready objects; evidence records
 * name their `attachment` path) and who/when/what. Output: the package bytes, with a manifest
 * listing every entry's size and SHA-256. Entries are deflated.
 */
export async function buildPackage(data: PackageData, info: PackageInfo): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const table of TABLES) {
    const records = data.tables[table];
    if (records) files[`data/${table}.json`] = strToU8(JSON.stringify(records));
  }
  for (const [path, bytes] of data.attachments) files[path] = bytes;
  const entries = await Promise.all(
    Object.entries(files).map(async ([path, bytes]) => ({ path, size: bytes.byteLength, sha256: await sha256Hex(bytes) })),
  );
  const manifest: Manifest = { type: PACKAGE_TYPE, formatVersion: FORMAT_VERSION, ...info, entries };
  return zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest, null, 1)), ...files }, { level: 6 });
}
