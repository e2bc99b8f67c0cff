import { describe, expect, it } from 'vitest';

import type { ChecklistItem } from '../domain/types';
import { conciseMeasureSentence, concisePolicyReference, firstSentence } from './concise-measure';

const item = (id: string, parentId: string | null, kind: ChecklistItem['kind'], number: string): ChecklistItem => ({
  id,
  parentId,
  kind,
  number,
  title: '',
  text: '',
  leadUnits: [],
  responsibleUnits: [],
  supportingUnits: [],
  owner: null,
  deadline: null,
  source: { line: 1 },
});

describe('firstSentence', () => {
  it('keeps the first sentence of a policy paragraph and closes it with 。', () => {
    expect(firstSentence('优化船舶检验服务事项办理流程，逐步推行网上报检。探索创新管理服务，按照风险等级实施差异化管理。')).toBe(
      '优化船舶检验服务事项办理流程，逐步推行网上报检。',
    );
    expect(firstSentence('压缩审批时间；推行告知承诺制。')).toBe('压缩审批时间。');
    expect(firstSentence('  全面推行电子证照，')).toBe('全面推行电子证照。');
    expect(firstSentence('')).toBe('');
  });
});

describe('conciseMeasureSentence', () => {
  it('answers the note with the measure’s own sentence, not the whole paragraph', () => {
    const finding = {
      note: '未见实施方案。',
      measureTitle: '以高效办成项目前期“一件事”为目标',
      measureText: '以高效办成项目前期“一件事”为目标，加快项目落地。探索创新投资项目管理服务，按照项目风险等级实施差异化管理。',
    };
    expect(conciseMeasureSentence(finding)).toBe('针对“未见实施方案”的问题，以高效办成项目前期“一件事”为目标，加快项目落地。');
    expect(conciseMeasureSentence({ ...finding, note: '' })).toBe('以高效办成项目前期“一件事”为目标，加快项目落地。');
    expect(conciseMeasureSentence({ ...finding, note: '', measureText: '' })).toBe('以高效办成项目前期“一件事”为目标。');
  });
});

describe('concisePolicyReference', () => {
  const items = [
    item('s', null, 'section', '二'),
    item('t', 's', 'task', '（三）'),
    item('m', 't', 'measure', '4'),
    item('loose', null, 'measure', ''),
  ];
  it('cites the 文号 and the measure’s place: part, article, item', () => {
    expect(concisePolicyReference({ title: '关于印发若干措施的通知', docNumber: '洛政办〔2021〕39号', items }, 'm')).toBe(
      '洛政办〔2021〕39号第二部分第（三）条第4项',
    );
  });
  it('falls back to the title in 《》 and leaves out levels without a number', () => {
    expect(concisePolicyReference({ title: '若干措施', docNumber: null, items }, 'loose')).toBe('《若干措施》');
    expect(concisePolicyReference({ title: '若干措施', docNumber: '', items }, 'missing')).toBe('《若干措施》');
  });
});
