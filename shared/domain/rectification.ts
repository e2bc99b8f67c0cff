// Rectification (整改) of a finding, tracked in the ledger (整改台账): docs/evaluation-methods.md §6.
import type { RecordMeta } from './record-meta';
import type { Deadline } from './types';

/** 未开始 / 整改中 / 已完成 / 已销号 (verified and struck off). Overdue is computed, not stored. */
export type RectificationStatus = 'notStarted' | 'inProgress' | 'done' | 'closed';

export const RECTIFICATION_STATUS_LABELS: Record<RectificationStatus, string> = {
  notStarted: '未开始',
  inProgress: '整改中',
  done: '已完成',
  closed: '已销号',
};

/** A dated progress note (整改进展); the list is the rectification's history, never rewritten. */
export type ProgressEntry = { date: string; note: string; by: string; status: RectificationStatus };

/** The fields of a rectification the ledger lets the user edit. */
export type EditableRectificationField = 'problem' | 'target' | 'measures' | 'responsibleUnits' | 'owner' | 'deadline';

export const RECTIFICATION_FIELD_LABELS: Record<EditableRectificationField, string> = {
  problem: '问题描述',
  target: '整改目标',
  measures: '整改措施',
  responsibleUnits: '责任单位',
  owner: '责任人',
  deadline: '完成时限',
};

/** One change of a field, as text (old → new), who made it and when (ISO date-time); never rewritten. */
export type FieldEdit = { field: EditableRectificationField; from: string; to: string; by: string; at: string };

/** Where a finding came from: an evaluation's cell (a checklist measure or an indicator). */
export type RectificationSource = { evaluationId: string; indicatorId: string };

export type Rectification = {
  id: string;
  unitId: string;
  unitName: string;
  source: RectificationSource;
  /** 问题描述. */
  problem: string;
  /** 整改目标. */
  target: string;
  /** 整改措施. */
  measures: string;
  responsibleUnits: string[];
  /** 责任人. */
  owner: string;
  deadline: Deadline | null;
  status: RectificationStatus;
  progress: ProgressEntry[];
  closedOn: string | null;
  closedBy: string | null;
  /** ISO date the finding entered the ledger (absent on items entered before it was kept). */
  openedOn?: string;
  /** Every edit of a field, oldest first (absent until the first edit). */
  edits?: FieldEdit[];
  meta?: RecordMeta;
};
