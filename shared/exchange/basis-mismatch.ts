// Before a package merges into an office's evaluation: does it score against the same thing? A
// package of a checklist inspection cannot merge into an indicator-system evaluation (or the other
// way round), and a checklist package whose document differs from the office's copy would put
// statuses on measures the office does not have, or on changed wording.
import type { Evaluation } from '../domain/evaluation';
import type { ChecklistItem } from '../domain/types';
import { measureLabel } from './evaluation-package';
import type { PackageData } from './package-format';
import { recordsOf } from './table-schemas';

const BASIS_NAMES = { checklist: '清单督查（按政策文件的改革举措）', indicatorSystem: '指标评分（按指标体系）' } as const;

/** Fields of an item whose change makes a status mean something else. */
type ComparedItem = Pick<ChecklistItem, 'id' | 'kind' | 'number' | 'title' | 'text'>;

/**
 * Why `incoming` (read from `fileName`) may not merge into the office's `local` evaluation, as
 * zh-CN messages naming the file; empty when it may. Input: the local evaluation, the office's
 * items of its document (ignored for an indicator-system basis), and the checked package data.
 * Problems: the package's version of the evaluation has the other basis, or another document or
 * indicator system; for a checklist, the package's items of that document differ from the
 * office's copy — measures added, removed, or whose number, title or text changed (each named by
 * its number and title). A package without the evaluation, or without its document's items, gives
 * no problem here (it brings no statuses for it, or the office's copy is what it refers to).
 */
export function basisMismatch(local: Evaluation, localItems: readonly ComparedItem[], incoming: PackageData, fileName: string): string[] {
  const theirs = recordsOf(incoming, 'evaluations').find((evaluation) => evaluation.id === local.id);
  if (!theirs) return [];
  const where = `“${fileName}”中的评价“${theirs.name}”`;
  if (theirs.basis.kind !== local.basis.kind)
    return [`${where}为${BASIS_NAMES[theirs.basis.kind]}，本机的同一评价为${BASIS_NAMES[local.basis.kind]}，不能合并。`];
  if (theirs.basis.kind === 'indicatorSystem' && local.basis.kind === 'indicatorSystem')
    return theirs.basis.systemId === local.basis.systemId ? [] : [`${where}使用的指标体系与本机不同，不能合并。`];
  if (theirs.basis.kind !== 'checklist' || local.basis.kind !== 'checklist') return [];
  if (theirs.basis.documentId !== local.basis.documentId) return [`${where}依据的政策文件与本机不同，不能合并。`];
  const documentId = local.basis.documentId;
  const items = recordsOf(incoming, 'items').filter((item) => item.documentId === documentId);
  return items.length === 0 ? [] : itemDifferences(localItems, items, fileName);
}

/** Items added, removed or changed between the office's copy and the package's, one message each. */
function itemDifferences(mine: readonly ComparedItem[], theirs: readonly ComparedItem[], fileName: string): string[] {
  const mineById = new Map(mine.map((item) => [item.id, item]));
  const theirsById = new Map(theirs.map((item) => [item.id, item]));
  const problems: string[] = [];
  const prefix = `“${fileName}”的政策文件与本机版本不同：`;
  for (const item of theirs) {
    const own = mineById.get(item.id);
    if (!own) problems.push(`${prefix}新增了${measureLabel(item)}`);
    else if (own.number !== item.number || own.title !== item.title || own.text !== item.text || own.kind !== item.kind)
      problems.push(`${prefix}${measureLabel(own)}的内容已改动`);
  }
  for (const item of mine) if (!theirsById.has(item.id)) problems.push(`${prefix}缺少${measureLabel(item)}`);
  return problems;
}
