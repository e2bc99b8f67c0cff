// The records the app stores and the schemas a package or backup is read with describe the same
// fields: every stored record fits its table's schema (so the app's own backups always restore),
// and every field a schema knows is a field of the stored record (so none is read unchecked). A
// field added to a stored type without its schema, or the other way round, fails the type check.
import type { Table } from 'dexie';
import { describe, expect, expectTypeOf, it } from 'vitest';

import type { RecordMeta } from '#shared/domain/record-meta';
import { type TableName, TABLES } from '#shared/exchange/package-format';
import type { PackageRecord } from '#shared/exchange/table-schemas';
import { TABLE_SCHEMAS } from '#shared/exchange/table-schemas';

import type { Evidence, KaopingDatabase } from './database';

/** The stored record type of a table (evidence as a package carries it: its bytes as an attachment path). */
type Stored<T extends TableName> = T extends 'evidence'
  ? Omit<Evidence, 'blob'> & { attachment: string }
  : KaopingDatabase[T] extends Table<infer R, string, unknown>
    ? R
    : never;
/** A stored record as it may come back from a merge: conflict resolution stamps a revision on any merged record. */
type Merged<T extends TableName> = T extends 'evidence' ? Stored<T> : Stored<T> & { meta?: RecordMeta };

describe('stored records and their package schemas', () => {
  it('every stored record type fits its table schema, field for field', () => {
    expectTypeOf<Merged<'documents'>>().toExtend<PackageRecord<'documents'>>();
    expectTypeOf<Merged<'items'>>().toExtend<PackageRecord<'items'>>();
    expectTypeOf<Merged<'units'>>().toExtend<PackageRecord<'units'>>();
    expectTypeOf<Merged<'evaluations'>>().toExtend<PackageRecord<'evaluations'>>();
    expectTypeOf<Merged<'indicatorSystems'>>().toExtend<PackageRecord<'indicatorSystems'>>();
    expectTypeOf<Merged<'inputs'>>().toExtend<PackageRecord<'inputs'>>();
    expectTypeOf<Merged<'evidence'>>().toExtend<PackageRecord<'evidence'>>();
    expectTypeOf<Merged<'rectifications'>>().toExtend<PackageRecord<'rectifications'>>();
    expectTypeOf<Merged<'unitAliases'>>().toExtend<PackageRecord<'unitAliases'>>();
  });

  it('every field a schema knows is a field of the stored record, and every stored field has a schema', () => {
    expectTypeOf<keyof PackageRecord<'documents'>>().toEqualTypeOf<keyof Merged<'documents'>>();
    expectTypeOf<keyof PackageRecord<'items'>>().toEqualTypeOf<keyof Merged<'items'>>();
    expectTypeOf<keyof PackageRecord<'units'>>().toEqualTypeOf<keyof Merged<'units'>>();
    expectTypeOf<keyof PackageRecord<'evaluations'>>().toEqualTypeOf<keyof Merged<'evaluations'>>();
    expectTypeOf<keyof PackageRecord<'indicatorSystems'>>().toEqualTypeOf<keyof Merged<'indicatorSystems'>>();
    expectTypeOf<keyof PackageRecord<'indicatorSystems'>['indicators'][number]>().toEqualTypeOf<
      keyof Merged<'indicatorSystems'>['indicators'][number]
    >();
    expectTypeOf<keyof PackageRecord<'inputs'>>().toEqualTypeOf<keyof Merged<'inputs'>>();
    expectTypeOf<keyof PackageRecord<'evidence'>>().toEqualTypeOf<keyof Merged<'evidence'>>();
    expectTypeOf<keyof PackageRecord<'rectifications'>>().toEqualTypeOf<keyof Merged<'rectifications'>>();
    expectTypeOf<keyof PackageRecord<'unitAliases'>>().toEqualTypeOf<keyof Merged<'unitAliases'>>();
  });

  it('a record read from a package is a stored record once the fields older versions lack are given', () => {
    // Fields later versions added to tables that already existed: optional in the schemas, so older backups read.
    expectTypeOf<PackageRecord<'documents'> & Pick<Merged<'documents'>, 'url' | 'findings' | 'unparsedLines'>>().toExtend<
      Merged<'documents'>
    >();
    expectTypeOf<PackageRecord<'items'> & Pick<Merged<'items'>, 'owner'>>().toExtend<Merged<'items'>>();
    expectTypeOf<PackageRecord<'indicatorSystems'> & Pick<Merged<'indicatorSystems'>, 'fileName' | 'importedAt'>>().toExtend<
      Merged<'indicatorSystems'>
    >();
    expectTypeOf<PackageRecord<'units'>>().toExtend<Merged<'units'>>();
    expectTypeOf<PackageRecord<'evaluations'>>().toExtend<Merged<'evaluations'>>();
    expectTypeOf<PackageRecord<'inputs'>>().toExtend<Merged<'inputs'>>();
    expectTypeOf<PackageRecord<'evidence'>>().toExtend<Merged<'evidence'>>();
    expectTypeOf<PackageRecord<'rectifications'>>().toExtend<Merged<'rectifications'>>();
    expectTypeOf<PackageRecord<'unitAliases'>>().toExtend<Merged<'unitAliases'>>();
  });

  it('has a schema for every table a package carries', () => {
    expect(Object.keys(TABLE_SCHEMAS).sort()).toEqual([...TABLES].sort());
  });
});
