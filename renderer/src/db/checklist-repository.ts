// Corrections to a saved checklist (任务清单): edit, split, merge and drop items after saving. The
// edit itself is a pure function over the items (shared/import/edit-checklist.ts); here it is
// applied in one transaction, keeping the assessments of every item that remains.
import type { ChecklistItem } from '#shared/domain/types';

import { t } from '../i18n';
import { undoable } from '../services/undo-service';
import type { KaopingDatabase, StoredDocument, StoredItem } from './database';
import { loadItems } from './documents-repository';

/** A pure edit of a checklist (updateItem, splitItem, mergeIntoPrevious, removeItem… partially applied). */
export type ChecklistEdit = (items: readonly ChecklistItem[]) => ChecklistItem[];

/** The inputs an edit would take with it: assessments on items it removes, and how many units they belong to. */
export type DroppedInputs = { items: number; assessments: number; units: number };

/** Thrown when an edit would remove items that hold assessments and the caller did not agree to drop them. */
export class ItemsHoldInputsError extends Error {
  constructor(readonly dropped: DroppedInputs) {
    super(
      t('要删除的条目已有 {{units}} 个单位的评定（共 {{assessments}} 条），未修改。', {
        units: dropped.units,
        assessments: dropped.assessments,
      }),
    );
    this.name = 'ItemsHoldInputsError';
  }
}

/** The cell ids, over any evaluation of the document, on the items `itemIds` (through the [evaluationId+indicatorId] index). */
async function assessmentsOn(
  db: KaopingDatabase,
  documentId: string,
  itemIds: ReadonlySet<string>,
): Promise<Array<{ id: string; unitId: string }>> {
  if (itemIds.size === 0) return [];
  const evaluationIds = await db.evaluations.where('basis.documentId').equals(documentId).primaryKeys();
  const keys = evaluationIds.flatMap((evaluationId) => [...itemIds].map((itemId) => [evaluationId, itemId]));
  if (keys.length === 0) return [];
  const cells = await db.inputs.where('[evaluationId+indicatorId]').anyOf(keys).toArray();
  return cells.map(({ id, unitId }) => ({ id, unitId }));
}

function removedIds(before: readonly ChecklistItem[], after: readonly ChecklistItem[]): Set<string> {
  const kept = new Set(after.map((item) => item.id));
  return new Set(before.filter((item) => !kept.has(item.id)).map((item) => item.id));
}

/**
 * What applying `edit` to the document's checklist would drop: the removed items and the
 * assessments (and distinct units) on them. Read-only. Throws ChecklistEditError from the edit.
 */
export async function previewChecklistEdit(db: KaopingDatabase, documentId: string, edit: ChecklistEdit): Promise<DroppedInputs> {
  const before = await loadItems(db, documentId);
  const removed = removedIds(before, edit(before));
  const assessments = await assessmentsOn(db, documentId, removed);
  return { items: removed.size, assessments: assessments.length, units: new Set(assessments.map((assessment) => assessment.unitId)).size };
}

/**
 * Applies `edit` to the stored checklist of `documentId` in one transaction: items rewritten in
 * their new reading order, removed items deleted, the document's item count updated. Cells of
 * remaining items are untouched; those of removed items (with their evidence, which 撤销 does not
 * bring back) are deleted only with `dropInputs`,
 * otherwise ItemsHoldInputsError (with the counts) is thrown and nothing changes. Undoable (撤销),
 * named by `label`. `documentPatch` changes the document's own fields in the same transaction (an
 * update from a new version of the file). Throws ChecklistEditError from the edit.
 */
export async function applyChecklistEdit(
  db: KaopingDatabase,
  documentId: string,
  edit: ChecklistEdit,
  label: string,
  options: { dropInputs: boolean; documentPatch?: Partial<StoredDocument> } = { dropInputs: false },
): Promise<void> {
  const before = await loadItems(db, documentId);
  const after = edit(before);
  const removed = removedIds(before, after);
  const dropped = await assessmentsOn(db, documentId, removed);
  const targets = [
    { table: 'items' as const, keys: [...new Set([...before, ...after].map((item) => item.id))] },
    { table: 'documents' as const, keys: [documentId] },
    { table: 'inputs' as const, keys: dropped.map((assessment) => assessment.id) },
  ];
  await undoable(
    db,
    targets,
    () => label,
    () =>
      db.transaction('rw', [db.documents, db.items, db.evaluations, db.inputs, db.evidence], async () => {
        const current = await loadItems(db, documentId);
        if (JSON.stringify(current) !== JSON.stringify(before)) throw new Error(t('任务清单已在别处修改，请重试。'));
        const inputs = await assessmentsOn(db, documentId, removed);
        if (inputs.length > 0 && !options.dropInputs)
          throw new ItemsHoldInputsError({
            items: removed.size,
            assessments: inputs.length,
            units: new Set(inputs.map((input) => input.unitId)).size,
          });
        await db.evidence
          .where('inputId')
          .anyOf(inputs.map((input) => input.id))
          .delete();
        await db.inputs.bulkDelete(inputs.map((input) => input.id));
        await db.items.bulkDelete([...removed]);
        const rows: StoredItem[] = after.map((item, order) => ({ ...item, documentId, order }));
        await db.items.bulkPut(rows);
        await db.documents.update(documentId, { ...options.documentPatch, itemCount: rows.length });
      }),
    ['evaluations', 'evidence'],
  );
}
