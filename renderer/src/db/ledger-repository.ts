// The rectification ledger in the database: created from findings, fields edited and progress
// recorded with history, close-out, and returned feedback sheets applied in one transaction.
import dayjs from 'dayjs';

import { revise } from '#shared/domain/record-meta';
import type { Rectification, RectificationStatus } from '#shared/domain/rectification';
import type { Finding } from '#shared/domain/types';
import type { ProgressUpdate } from '#shared/exchange/progress-feedback';
import { closeOut, recordProgress, rectificationsFromFindings } from '#shared/rectification/ledger';
import type { FindingSources } from '#shared/rectification/ledger-charts';
import { editRectification, type RectificationChanges } from '#shared/rectification/ledger-edit';

import { t } from '../i18n';
import { rectificationLabel } from '../services/undo-labels';
import { undoable } from '../services/undo-service';
import type { KaopingDatabase } from './database';
import { loadItems } from './documents-repository';

/**
 * Adds a rectification for each finding not yet in the ledger, its deadline proposed `deadlineDays`
 * after today (the finding's date). Output: how many were added.
 */
export async function addFindingsToLedger(
  db: KaopingDatabase,
  evaluationId: string,
  findings: Finding[],
  by: string,
  deadlineDays?: number,
): Promise<number> {
  return db.transaction('rw', db.rectifications, async () => {
    const now = new Date().toISOString();
    let added = 0;
    for (const rectification of rectificationsFromFindings(evaluationId, findings, dayjs().format('YYYY-MM-DD'), deadlineDays)) {
      if (await db.rectifications.get(rectification.id)) continue;
      await db.rectifications.add(revise(rectification, undefined, by, now));
      added += 1;
    }
    return added;
  });
}

/** Adds one rectification (a finding recorded from a cell). Output: false, adding nothing, when its id is in the ledger already. */
export async function addRectification(db: KaopingDatabase, rectification: Rectification, by: string): Promise<boolean> {
  return db.transaction('rw', db.rectifications, async () => {
    if (await db.rectifications.get(rectification.id)) return false;
    await db.rectifications.add(revise(rectification, undefined, by, new Date().toISOString()));
    return true;
  });
}

/**
 * Every change of a stored rectification goes through here: one transaction, read → rule → write,
 * a new revision only when the content changed (an unchanged save writes nothing).
 */
async function change(
  db: KaopingDatabase,
  id: string,
  by: string,
  apply: (current: Rectification, at: string) => Rectification,
): Promise<void> {
  await undoable(
    db,
    [{ table: 'rectifications', keys: [id] }],
    () => rectificationLabel(db, id),
    async () => {
      const current = await db.rectifications.get(id);
      if (!current) throw new Error(t('该整改事项已不存在。'));
      const at = new Date().toISOString();
      const next = apply(current, at);
      if (next === current) return;
      await db.rectifications.put(revise(next, current, by, at));
    },
  );
}

/**
 * Edits fields of a rectification (问题描述, 整改目标, 整改措施, 责任单位, 责任人, 完成时限); each
 * changed field joins the item's history with who and when. Throws with the ledger rule's message
 * (已销号, empty 问题描述).
 */
export function editLedgerItem(db: KaopingDatabase, id: string, changes: RectificationChanges, by: string): Promise<void> {
  return change(db, id, by, (current, at) => editRectification(current, changes, by, at));
}

/** Records progress (a dated note and/or a new status). Throws with the ledger rule's message. */
export function addProgress(
  db: KaopingDatabase,
  id: string,
  entry: { date: string; note: string; by: string; status?: RectificationStatus },
): Promise<void> {
  return change(db, id, entry.by, (current) => recordProgress(current, entry));
}

/** 销号 with the date and who verified. */
export function closeRectification(db: KaopingDatabase, id: string, date: string, verifiedBy: string): Promise<void> {
  return change(db, id, verifiedBy, (current) => closeOut(current, date, verifiedBy));
}

/** Applies a returned 整改进展反馈表 in one transaction; every update joins the history. */
export async function applyFeedback(db: KaopingDatabase, updates: ProgressUpdate[], by: string): Promise<number> {
  return db.transaction('rw', db.rectifications, async () => {
    for (const update of updates) {
      const current = await db.rectifications.get(update.id);
      if (!current) throw new Error(t('反馈表中的整改事项已不存在。'));
      const next = recordProgress(current, {
        date: update.date,
        note: update.note,
        by,
        ...(update.status ? { status: update.status } : {}),
      });
      await db.rectifications.put(revise(next, current, by, new Date().toISOString()));
    }
    return updates.length;
  });
}

/**
 * What the ledger's findings came from, for charting them by category (categoryOfSource): the
 * evaluations among `evaluationIds` (a rectification's `source.evaluationId`) with their bases —
 * the indicator systems, and the checklist items of the documents — each read once.
 */
export async function loadFindingSources(db: KaopingDatabase, evaluationIds: readonly string[]): Promise<FindingSources> {
  const evaluations = (await db.evaluations.bulkGet([...new Set(evaluationIds)])).filter((evaluation) => evaluation !== undefined);
  const systemIds = new Set<string>();
  const documentIds = new Set<string>();
  for (const { basis } of evaluations) {
    if (basis.kind === 'indicatorSystem') systemIds.add(basis.systemId);
    else documentIds.add(basis.documentId);
  }
  const systems = (await db.indicatorSystems.bulkGet([...systemIds])).filter((system) => system !== undefined);
  const items = (await Promise.all([...documentIds].map((documentId) => loadItems(db, documentId)))).flat();
  return { evaluations, systems, items };
}
