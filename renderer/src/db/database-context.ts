// Which database the screens read and write: the app's connection, unless a provider above
// says otherwise (a second profile, a test). Components reach it only through feature hooks.
import { createContext, useContext, useMemo } from 'react';

import { db } from './connection';
import type { KaopingDatabase } from './database';

export const DatabaseContext = createContext<KaopingDatabase>(db);

/** The database of the nearest provider (by default the app's connection). */
export function useDatabase(): KaopingDatabase {
  return useContext(DatabaseContext);
}

/** A stored operation: a repository function whose first parameter is the database. */
type Operation = (database: KaopingDatabase, ...args: never[]) => unknown;
type Bound<F> = F extends (database: KaopingDatabase, ...args: infer A) => infer R ? (...args: A) => R : never;
export type Commands<T extends Record<string, Operation>> = { readonly [K in keyof T]: Bound<T[K]> };

/**
 * Binds repository operations to one database: `{ createUnit }` → `{ createUnit(name) }`.
 * Input: the database and a table of operations (each takes the database first). Output: the
 * same operations without that first parameter, returning what they return (errors pass through).
 */
export function bindDatabase<T extends Record<string, Operation>>(database: KaopingDatabase, operations: T): Commands<T> {
  const entries = Object.entries(operations).map(([name, operation]) => [
    name,
    (...args: never[]) => (operation as (database: KaopingDatabase, ...rest: never[]) => unknown)(database, ...args),
  ]);
  return Object.fromEntries(entries) as Commands<T>;
}

/**
 * A feature's commands bound to the current database, stable across renders. `operations` must
 * be a module-level constant (a new object each render would rebind every time).
 */
export function useCommands<T extends Record<string, Operation>>(operations: T): Commands<T> {
  const database = useDatabase();
  return useMemo(() => bindDatabase(database, operations), [database, operations]);
}
