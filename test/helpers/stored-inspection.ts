// A checklist inspection stored the way the app stores one: the 2021 seed document imported,
// two units, an inspection over both. For tests of the renderer's data hooks.
import { importPolicyFile } from '#shared/import/import-policy-file';

import type { KaopingDatabase, StoredItem } from '../../renderer/src/db/database';
import { loadItems, saveImport } from '../../renderer/src/db/documents-repository';
import { createEvaluation } from '../../renderer/src/db/evaluations-repository';
import { createUnit } from '../../renderer/src/db/units-repository';
import { SEED, seedBytes } from '../fixtures/seeds';

/** Stores the inspection; output: its id, the two units (甲区, 乙区) and the document's measures in order. */
export async function storeChecklistInspection(database: KaopingDatabase) {
  const [document] = await saveImport(database, await importPolicyFile(seedBytes(SEED.luoyang2021), '洛政办〔2021〕39号.txt'));
  const units = [await createUnit(database, '甲区'), await createUnit(database, '乙区')];
  const evaluation = await createEvaluation(
    database,
    '2021年度督查',
    { kind: 'checklist', documentId: document!.id },
    units.map((unit) => unit.id),
  );
  const measures: StoredItem[] = (await loadItems(database, document!.id)).filter((item) => item.kind === 'measure');
  return { evaluationId: evaluation.id, documentId: document!.id, units, measures, items: await loadItems(database, document!.id) };
}
