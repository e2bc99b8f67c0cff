// A shipped schema version cannot be edited: the stores of every version in schema-history.ts,
// and the schema Dexie builds from versions 1 … N, must equal what schema-snapshot.json recorded
// when the version shipped. A new version is added to the history and to the snapshot together.
import 'fake-indexeddb/auto';

import { readFileSync } from 'node:fs';

import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';

import { declareSchema, SCHEMA_HISTORY } from './schema-history';

/** One shipped version: its own store specs, and every table of the database at that version (primary key, then indexes). */
type VersionSnapshot = { version: number; stores: Record<string, string | null>; tables: Record<string, string> };

const SNAPSHOT: VersionSnapshot[] = JSON.parse(readFileSync(new URL('./schema-snapshot.json', import.meta.url), 'utf8'));

/** The tables Dexie declares for versions 1 … `version`, each as "primary key, index, index …", by table name. */
async function tablesAt(version: number): Promise<Record<string, string>> {
  const db = new Dexie(`snapshot-v${version}-${crypto.randomUUID()}`);
  declareSchema(db, version);
  await db.open();
  const tables = Object.fromEntries(
    db.tables.map((table) => [table.name, [table.schema.primKey, ...table.schema.indexes].map((index) => index.src).join(', ')] as const),
  );
  await db.delete();
  return Object.fromEntries(Object.entries(tables).sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('schema snapshot', () => {
  it('records versions 1 … N in order', () => {
    expect(SNAPSHOT.map((entry) => entry.version)).toEqual(SNAPSHOT.map((_, index) => index + 1));
    expect(SNAPSHOT.length).toBeGreaterThanOrEqual(6);
  });

  it.each(SNAPSHOT.map((entry) => [entry.version, entry] as const))('keeps version %i as it shipped', async (version, shipped) => {
    expect(
      SCHEMA_HISTORY.map((entry) => entry.version),
      `schema version ${version} was removed from schema-history.ts`,
    ).toContain(version);
    const declared = SCHEMA_HISTORY.find((entry) => entry.version === version)!;
    expect(declared.stores, `schema version ${version} shipped: add a new version instead of editing it`).toEqual(shipped.stores);
    expect(await tablesAt(version)).toEqual(shipped.tables);
  });

  it('has every version of the history in the snapshot (a new version is recorded when it is added)', async () => {
    const missing = SCHEMA_HISTORY.filter((entry) => !SNAPSHOT.some((shipped) => shipped.version === entry.version));
    const entries = await Promise.all(
      missing.map(async (entry) => ({ version: entry.version, stores: entry.stores, tables: await tablesAt(entry.version) })),
    );
    expect(entries, `add to schema-snapshot.json:\n${JSON.stringify(entries, null, 2)}`).toEqual([]);
  });
});
