// The rectification ledger's rules: rectifications from findings, status changes with history,
// close-out, and overdue (not 已完成/已销号 past the deadline).
import type { ProgressEntry, Rectification, RectificationStatus } from '../domain/rectification';
import { RECTIFICATION_STATUS_LABELS } from '../domain/rectification';
import type { Finding } from '../domain/types';
import type { Indicator } from '../domain/indicator-system';
import { formatHundredths } from '../scoring/exact';

/**
 * One rectification per finding, id `${evaluationId}|${unitId}|${itemId}` so a finding is never
 * entered twice. 问题描述 from the measure and the inspector's note; 整改措施 from the measure's
 * text; 责任单位 = lead then responsible units; deadline from the measure. Status 未开始, opened
 * on `openedOn` (ISO date) when given.
 */
export function rectificationsFromFindings(evaluationId: string, findings: Finding[], openedOn?: string): Rectification[] {
  return findings.map((finding) => ({
    id: `${evaluationId}|${finding.unitId}|${finding.itemId}`,
    evaluationId,
    unitId: finding.unitId,
    unitName: finding.unitName,
    sourceId: finding.itemId,
    problem: `“${finding.measureTitle}”${finding.status === 'partial' ? '落实不到位' : '尚未落实'}${finding.note ? `：${finding.note}` : ''}`,
    target: `按期全面落实“${finding.measureTitle}”`,
    measures: finding.measureText,
    responsibleUnits: [...new Set([...finding.leadUnits, ...finding.responsibleUnits])],
    owner: finding.owner ?? '',
    deadline: finding.deadline,
    status: 'notStarted',
    progress: [],
    closedOn: null,
    closedBy: null,
    ...(openedOn ? { openedOn } : {}),
  }));
}

/** True when the rectification is not 已完成/已销号 and its deadline date is before `today` (ISO). */
export function isOverdue(rectification: Rectification, today: string): boolean {
  if (rectification.status === 'done' || rectification.status === 'closed') return false;
  const date = rectification.deadline?.date;
  return date !== null && date !== undefined && date < today;
}

/**
 * Records progress: a dated note and, optionally, a new status; the history keeps every entry.
 * 已销号 is reached only through closeOut. Throws Error (zh-CN) for an empty note without a
 * status change, for a change on a closed item, or for 已销号 here.
 */
export function recordProgress(rectification: Rectification, entry: { date: string; note: string; by: string; status?: RectificationStatus }): Rectification {
  if (rectification.status === 'closed') throw new Error('已销号的整改事项不能再修改。');
  const status = entry.status ?? rectification.status;
  if (status === 'closed') throw new Error('销号需要核实人和日期，请使用“销号”。');
  if (!entry.note.trim() && status === rectification.status) throw new Error('请填写整改进展或选择新的状态。');
  const progress: ProgressEntry = { date: entry.date, note: entry.note.trim() || `状态改为${RECTIFICATION_STATUS_LABELS[status]}`, by: entry.by, status };
  return { ...rectification, status, progress: [...rectification.progress, progress] };
}

/** 销号: verified done and struck off, with the date and who verified. Throws unless 已完成. */
export function closeOut(rectification: Rectification, date: string, verifiedBy: string): Rectification {
  if (rectification.status !== 'done') throw new Error('只有“已完成”的整改事项才能销号。');
  if (!verifiedBy.trim()) throw new Error('销号需要填写核实人。');
  return { ...rectification, status: 'closed', closedOn: date, closedBy: verifiedBy.trim(), progress: [...rectification.progress, { date, note: `销号，核实人：${verifiedBy.trim()}`, by: verifiedBy.trim(), status: 'closed' }] };
}

/** Days from the day a finding is recorded to the deadline proposed for it. */
export const PROPOSED_DEADLINE_DAYS = 30;

/**
 * A rectification from one scored cell of a rubric evaluation (发现问题 recorded from the scoring
 * form). Input: the evaluation, unit, indicator, the cell's points and reason (as explainCell gives
 * it), the inspector's note, and today (YYYY-MM-DD). Output: id `${evaluationId}|${unitId}|${indicatorId}`
 * (a cell is entered once), 问题描述 naming the indicator, the points and the reason, 整改目标 the
 * indicator's 评分标准, 责任单位 the department the rubric names as data source (if any), and a
 * proposed deadline PROPOSED_DEADLINE_DAYS days on — all editable in the ledger. Status 未开始.
 */
export function rectificationFromCell(cell: { evaluationId: string; unitId: string; unitName: string; indicator: Indicator; points: number | null; reason: string; note: string; today: string }): Rectification {
  const { evaluationId, unitId, unitName, indicator, points, reason, note, today } = cell;
  const due = new Date(`${today}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + PROPOSED_DEADLINE_DAYS);
  const date = due.toISOString().slice(0, 10);
  const [year, month, day] = date.split('-').map(Number);
  const scored = points === null ? '不适用' : `得 ${formatHundredths(points)} 分（满分 ${formatHundredths(indicator.maxPoints)} 分）`;
  return {
    id: `${evaluationId}|${unitId}|${indicator.id}`,
    evaluationId,
    unitId,
    unitName,
    sourceId: indicator.id,
    problem: `“${indicator.name}”${scored}${reason ? `：${reason}` : ''}${note ? `；${note}` : ''}`,
    target: indicator.ruleText ? `达到评分标准：${indicator.ruleText}` : `“${indicator.name}”达到满分要求`,
    measures: '',
    responsibleUnits: indicator.dataSource.kind === 'department' ? [indicator.dataSource.department] : [],
    owner: '',
    deadline: { text: `${year}年${month}月${day}日前`, date },
    status: 'notStarted',
    progress: [],
    closedOn: null,
    closedBy: null,
    openedOn: today,
  };
}
