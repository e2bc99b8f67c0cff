// Owners written as a measure's closing clauses, without brackets or labels — the sentence forms
// task lists use: 由A牵头，B、C配合，…前完成 / 由A、B和C配合，D牵头 / A负责，各区政府按职责分工落实.
import { describe, expect, it } from 'vitest';

import { importPolicyFile } from './import-policy-file';
import { importWarnings } from './import-warnings';
import { trailingOwnerClauses } from './owner-labels';

const DOCUMENT = [
  '某县2026年优化营商环境攻坚行动任务清单',
  '一、提升审批服务',
  '（一）推行一业一证改革。在便利店、药店等行业推行一业一证。由县行政审批局牵头，县市场监管局、县卫健委配合，2026年8月底前完成。',
  '（二）压缩不动产登记时间。一般登记办理时间压缩至3个工作日。由县税务局、县住建局和县公积金中心配合，县自然资源局牵头。',
  '（三）建立政企沟通例会制度，县工商联负责，各乡镇政府按职责分工落实，长期坚持。',
  '（四）开展营商环境宣传月活动，营造良好氛围。',
].join('\n');

describe('owners in closing clauses', () => {
  it('finds the owner clauses and the deadline from the end of a measure, and nothing in plain prose', () => {
    expect(trailingOwnerClauses('推行一业一证。由县行政审批局牵头，县市场监管局配合，2026年8月底前完成。')).toEqual({
      owners: '县行政审批局牵头，县市场监管局配合',
      deadline: '2026年8月底前完成',
    });
    expect(trailingOwnerClauses('开展宣传活动，营造良好氛围，2026年底前完成。')).toBeNull();
    expect(trailingOwnerClauses('县工商联负责')).toBeNull();
  });

  it('reads each sentence form into roles and deadline, and asks for no review of them', async () => {
    const result = await importPolicyFile(new TextEncoder().encode(DOCUMENT), '任务清单.txt');
    const measures = result.documents[0]!.items.filter((item) => item.kind === 'measure');
    expect(measures.map((item) => [item.leadUnits, item.responsibleUnits, item.supportingUnits, item.deadline?.text ?? null])).toEqual([
      [['县行政审批局'], [], ['县市场监管局', '县卫健委'], '2026年8月底前完成'],
      [['县自然资源局'], [], ['县税务局', '县住建局', '县公积金中心'], null],
      [[], ['县工商联', '各乡镇政府'], [], '长期坚持'],
      [[], [], [], null],
    ]);
    const ownerWarnings = importWarnings(result.documents[0]!).filter((warning) =>
      ['noOwner', 'ownerTail', 'unitName'].includes(warning.kind),
    );
    expect(ownerWarnings.map((warning) => warning.message)).toEqual(['第四条未识别出责任单位']);
  });
});
