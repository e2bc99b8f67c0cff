// The 责任单位 directory in storage: aliases the user merged, and the checklists rewritten to match.
import type { UnitAlias } from '#shared/domain/types';
import { withCanonicalUnits } from '#shared/import/unit-aliases';

import type { KaopingDatabase } from './database';

/** Every decided alias as a map alias → canonical name. */
export async function loadAliasMap(db: KaopingDatabase): Promise<Map<string, string>> {
  return new Map((await db.unitAliases.toArray()).map((alias) => [alias.id, alias.canonical]));
}

/**
 * The unit names the office keeps, for the policy reader: every alias and canonical name of the
 * 单位名录 and every 被评价单位. Output: the names, each once.
 */
export async function loadKnownUnitNames(db: KaopingDatabase): Promise<string[]> {
  const [aliases, units] = await Promise.all([db.unitAliases.toArray(), db.units.toArray()]);
  return [...new Set([...aliases.flatMap((alias) => [alias.id, alias.canonical]), ...units.map((unit) => unit.name)])];
}

/**
 * Merges owner names into one (合并单位). Input: the names as written and the name to keep.
 * Each other name becomes an alias of `canonical` (aliases that pointed at a merged name follow
 * it; `canonical` itself stops being an alias), and every stored checklist item naming one of them
 * is rewritten — all in one transaction. Output: the number of items rewritten. Later imports are
 * rewritten the same way before review. Reads every item (no index covers unit names; the merge is
 * an occasional, user-started action).
 */
export async function mergeOwnerUnits(db: KaopingDatabase, names: readonly string[], canonical: string): Promise<number> {
  const merged = names.filter((name) => name !== canonical);
  if (merged.length === 0) return 0;
  return db.transaction('rw', db.unitAliases, db.items, async () => {
    const mergedAt = new Date().toISOString();
    const following = await db.unitAliases.where('canonical').anyOf(merged).toArray();
    const aliases: UnitAlias[] = [...merged, ...following.map((alias) => alias.id)]
      .filter((name) => name !== canonical)
      .map((id) => ({ id, canonical, mergedAt }));
    await db.unitAliases.bulkPut(aliases);
    await db.unitAliases.delete(canonical);
    const map = new Map(aliases.map((alias) => [alias.id, alias.canonical]));
    let rewritten = 0;
    await db.items.toCollection().modify((item) => {
      const [renamed] = withCanonicalUnits([item], map);
      if (renamed === item) return;
      Object.assign(item, {
        leadUnits: renamed!.leadUnits,
        responsibleUnits: renamed!.responsibleUnits,
        supportingUnits: renamed!.supportingUnits,
      });
      rewritten++;
    });
    return rewritten;
  });
}
