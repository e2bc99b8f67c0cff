// The rectification ledger's rules: rectifications from findings, status changes with history,
// close-out, and overdue (not 已完成/已销号 past the deadline).
import type { Indicator } from '../domain/indicator-system';
import type { ProgressEntry, Rectification, RectificationStatus } from '../domain/rectification';
import { RECTIFICATION_STATUS_LABELS } from '../domain/rectification';
import type { Deadline, Finding } from '../domain/types';
import { formatHundredths } from '../numbers/exact';
import { firstSentence } from './concise-measure';

/** Days from the day a finding is recorded to the deadline proposed for it (the default of a setting). */
export const PROPOSED_DEADLINE_DAYS = 30;

/**
 * The deadline proposed for a new rectification: `days` after the finding's date, as
 * "2026年12月29日前" with its ISO date. Input: ISO date, whole days ≥ 1. Throws Error (zh-CN) for a
 * day count outside 1…3650.
 */
export function proposeDeadline(findingDate: string, days: number = PROPOSED_DEADLINE_DAYS): Deadline {
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw new Error(`整改期限天数“${days}”无效，应为 1 至 3650 之间的整数。`);
  const due = new Date(`${findingDate}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + days);
  const date = due.toISOString().slice(0, 10);
  const [year, month, day] = date.split('-').map(Number);
  return { text: `${year}年${month}月${day}日前`, date };
}

/**
 * One rectification per finding, id `${evaluationId}|${unitId}|${itemId}` so a finding is never
 * entered twice. 问题描述 from the measure and the inspector's note; 整改措施 the measure's own
 * first sentence; 责任单位 = lead then responsible units. The deadline is proposed `days` after the
 * finding's date `openedOn` (ISO) — never the policy's deadline, which has often passed; the
 * policy's own time limit is kept in 整改目标. Status 未开始.
 */
export function rectificationsFromFindings(
  evaluationId: string,
  findings: Finding[],
  openedOn: string,
  days: number = PROPOSED_DEADLINE_DAYS,
): Rectification[] {
  const deadline = proposeDeadline(openedOn, days);
  return findings.map((finding) => ({
    id: `${evaluationId}|${finding.unitId}|${finding.itemId}`,
    unitId: finding.unitId,
    unitName: finding.unitName,
    source: { evaluationId, indicatorId: finding.itemId },
    problem: `“${finding.measureTitle}”${finding.status === 'partial' ? '落实不到位' : '尚未落实'}${finding.note ? `：${finding.note}` : ''}`,
    target: `按期全面落实“${finding.measureTitle}”${finding.deadline?.text ? `（文件时限：${finding.deadline.text}）` : ''}`,
    measures: firstSentence(finding.measureText) || finding.measureTitle,
    responsibleUnits: [...new Set([...finding.leadUnits, ...finding.responsibleUnits])],
    owner: finding.owner ?? '',
    deadline,
    status: 'notStarted',
    progress: [],
    closedOn: null,
    closedBy: null,
    openedOn,
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
export function recordProgress(
  rectification: Rectification,
  entry: { date: string; note: string; by: string; status?: RectificationStatus },
): Rectification {
  if (rectification.status === 'closed') throw new Error('已销号的整改事项不能再修改。');
  const status = entry.status ?? rectification.status;
  if (status === 'closed') throw new Error('销号需要核实人和日期，请使用“销号”。');
  if (!entry.note.trim() && status === rectification.status) throw new Error('请填写整改进展或选择新的状态。');
  const progress: ProgressEntry = {
    date: entry.date,
    note: entry.note.trim() || `状态改为${RECTIFICATION_STATUS_LABELS[status]}`,
    by: entry.by,
    status,
  };
  return { ...rectification, status, progress: [...rectification.progress, progress] };
}

/** 销号: verified done and struck off, with the date and who verified. Throws unless 已完成. */
export function closeOut(rectification: Rectification, date: string, verifiedBy: string): Rectification {
  if (rectification.status !== 'done') throw new Error('只有“已完成”的整改事项才能销号。');
  if (!verifiedBy.trim()) throw new Error('销号需要填写核实人。');
  return {
    ...rectification,
    status: 'closed',
    closedOn: date,
    closedBy: verifiedBy.trim(),
    progress: [...rectification.progress, { date, note: `销号，核实人：${verifiedBy.trim()}`, by: verifiedBy.trim(), status: 'closed' }],
  };
}

/**
 * A rectification from one scored cell of a rubric evaluation (发现问题 recorded from the scoring
 * form). Input: the evaluation, unit, indicator, the cell's points and reason (as explainCell gives
 * it), the inspector's note, and today (YYYY-MM-DD). Output: id `${evaluationId}|${unitId}|${indicatorId}`
 * (a cell is entered once), 问题描述 naming the indicator, the points and the reason, 整改目标 the
 * indicator's 评分标准, 责任单位 the department the rubric names as data source (if any), and a
 * deadline proposed `days` (default PROPOSED_DEADLINE_DAYS) on — all editable in the ledger. Status 未开始.
 */
export function rectificationFromCell(cell: {
  evaluationId: string;
  unitId: string;
  unitName: string;
  indicator: Indicator;
  points: number | null;
  reason: string;
  note: string;
  today: string;
  days?: number;
}): Rectification {
  const { evaluationId, unitId, unitName, indicator, points, reason, note, today } = cell;
  const scored = points === null ? '不适用' : `得 ${formatHundredths(points)} 分（满分 ${formatHundredths(indicator.maxPoints)} 分）`;
  return {
    id: `${evaluationId}|${unitId}|${indicator.id}`,
    unitId,
    unitName,
    source: { evaluationId, indicatorId: indicator.id },
    problem: `“${indicator.name}”${scored}${reason ? `：${reason}` : ''}${note ? `；${note}` : ''}`,
    target: indicator.ruleText ? `达到评分标准：${indicator.ruleText}` : `“${indicator.name}”达到满分要求`,
    measures: '',
    responsibleUnits: indicator.dataSource.kind === 'department' ? [indicator.dataSource.department] : [],
    owner: '',
    deadline: proposeDeadline(today, cell.days),
    status: 'notStarted',
    progress: [],
    closedOn: null,
    closedBy: null,
    openedOn: today,
  };
}
