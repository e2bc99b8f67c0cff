// Every spelling of the lexicon through every import reader that uses it: a label, role word,
// unit ending, standing term or table header learnt once must be understood by each.
import { describe, expect, it } from 'vitest';

import type { ChecklistItem } from '../domain/types';
import { FIELD_LABELS, type FieldRole, ROLE_WORDS, STANDING_TERMS, TABLE_HEADERS, UNIT_NAME_ENDINGS } from '../text/lexicon';
import { looksLikeDeadline, parseDeadline } from './parse-deadline';
import { parsePolicyText } from './parse-policy-text';
import { parseUnitRoles } from './parse-units';
import { isUnitName } from './unit-names';

const ROLE_FIELD: Record<Exclude<FieldRole, 'person' | 'deadline'>, 'leadUnits' | 'responsibleUnits' | 'supportingUnits'> = {
  lead: 'leadUnits',
  responsible: 'responsibleUnits',
  supporting: 'supportingUnits',
};

function onlyMeasure(text: string): ChecklistItem {
  const measures = parsePolicyText(text, '测试.txt', 't').items.filter((item) => item.kind === 'measure');
  expect(measures).toHaveLength(1);
  return measures[0]!;
}

const unitLabels = (Object.keys(ROLE_FIELD) as Array<keyof typeof ROLE_FIELD>).flatMap((role) =>
  FIELD_LABELS[role].map((label) => [label, role] as const),
);

describe('field labels', () => {
  it.each(unitLabels)('%s (%s) on its own line, inline after the measure and in its bracket fills that role', (label, role) => {
    const field = ROLE_FIELD[role];
    const onLine = onlyMeasure(`一、任务\n1.推行企业开办一日办结。\n${label}：市测试局`);
    const inline = onlyMeasure(`一、任务\n1.推行企业开办一日办结。${label}:市测试局`);
    const bracket = onlyMeasure(`一、任务\n1.推行企业开办一日办结。（${label}：市测试局）`);
    for (const item of [onLine, inline, bracket])
      expect({ units: item[field], text: item.text }).toEqual({ units: ['市测试局'], text: '推行企业开办一日办结。' });
  });

  it.each(FIELD_LABELS.deadline)('%s reads a deadline on its own line, inline, in a bracket and in a rectification plan', (label) => {
    for (const text of [
      `一、任务\n1.推行企业开办一日办结。\n${label}：2024年6月`,
      `一、任务\n1.推行企业开办一日办结。${label}：2024年6月`,
      `一、任务\n1.推行企业开办一日办结。（市测试局负责，${label}：2024年6月）`,
    ]) {
      expect(onlyMeasure(text).deadline).toEqual({ text: '2024年6月', date: '2024-06-30' });
    }
    const plan = parsePolicyText(
      `一、整改任务\n（一）商事登记\n整改措施：\n1、推行企业开办一日办结。\n责任单位：市测试局\n${label}：2024年6月`,
      '方案.txt',
      'p',
    );
    expect(plan.findings[0]?.measures[0]?.deadline).toEqual({ text: '2024年6月', date: '2024-06-30' });
  });

  it.each(unitLabels)(
    '%s (%s) followed in the same list by a time limit gives the units and the deadline, not a unit named by a date',
    (label, role) => {
      for (const time of ['2026年6月底前完成', '持续推进']) {
        const item = onlyMeasure(`一、任务\n1.推行企业开办一日办结。（${label}：市测试局、市样例中心，${time}）`);
        expect({ units: item[ROLE_FIELD[role]], deadline: item.deadline?.text }).toEqual({
          units: ['市测试局', '市样例中心'],
          deadline: time,
        });
      }
    },
  );

  it.each(FIELD_LABELS.person)('%s reads the person responsible', (label) => {
    expect(onlyMeasure(`一、任务\n1.推行企业开办一日办结。\n${label}：张三`).owner).toBe('张三');
  });
});

describe('role words', () => {
  const cases = (Object.keys(ROLE_WORDS) as Array<keyof typeof ROLE_WORDS>).flatMap((role) =>
    ROLE_WORDS[role].map((word) => [word, role] as const),
  );
  it.each(cases)('%s gives the %s role, in an owner phrase and in a trailing bracket', (word, role) => {
    const field = ROLE_FIELD[role];
    expect(parseUnitRoles(`市测试局${word}`)[field]).toEqual(['市测试局']);
    expect(onlyMeasure(`一、任务\n1.推行企业开办一日办结。（市测试局${word}）`)[field]).toEqual(['市测试局']);
  });
});

describe('unit-name endings', () => {
  it.each(UNIT_NAME_ENDINGS)('a name ending in %s is a unit, and ends a unit list before a following deadline label', (ending) => {
    const name = `市测试${ending}`;
    expect(isUnitName(name)).toBe(true);
    const item = onlyMeasure(`一、任务\n1.推行企业开办一日办结。\n责任单位：市甲局、${name}。整改时限：2024年6月`);
    expect([item.responsibleUnits, item.deadline?.text]).toEqual([['市甲局', name], '2024年6月']);
  });
});

describe('standing terms and table headers', () => {
  it.each(STANDING_TERMS)('%s… is a deadline without a date', (term) => {
    expect(looksLikeDeadline(`${term}推进`)).toBe(true);
    expect(parseDeadline(`${term}推进`, 2024)?.date).toBeNull();
  });

  const headerCases = (Object.keys(TABLE_HEADERS) as Array<keyof typeof TABLE_HEADERS>).flatMap((column) =>
    TABLE_HEADERS[column].map((header) => [header, column] as const),
  );
  it.each(headerCases)('the header %s names the %s column of a task table in text', (header, column) => {
    const columns = {
      number: '序号',
      area: '工作领域',
      task: '重点任务',
      measure: '具体措施',
      lead: '牵头单位',
      responsible: '责任单位',
      deadline: '完成时限',
    };
    const names = { ...columns, [column]: header };
    const row = {
      number: '1',
      area: '准入',
      task: '开办企业',
      measure: '推行企业开办一日办结。',
      lead: '市甲局',
      responsible: '市乙局',
      deadline: '2024年6月',
    };
    const order = ['number', 'area', 'task', 'measure', 'lead', 'responsible', 'deadline'] as const;
    const document = parsePolicyText(
      `任务清单\n${order.map((key) => names[key]).join('\t')}\n${order.map((key) => row[key]).join('\t')}`,
      '清单.txt',
      'h',
    );
    const measure = document.items.find((item) => item.kind === 'measure');
    expect(measure?.text).toBe('推行企业开办一日办结。');
    if (column === 'task') expect(document.items.find((item) => item.kind === 'task')?.title).toBe('开办企业');
    const read = {
      number: measure?.number,
      lead: measure?.leadUnits,
      responsible: measure?.responsibleUnits,
      deadline: measure?.deadline?.text,
    };
    if (column === 'number') expect(read.number).toBe('1');
    if (column === 'lead') expect(read.lead).toEqual(['市甲局']);
    if (column === 'responsible') expect(read.responsible).toEqual(['市乙局']);
    if (column === 'deadline') expect(read.deadline).toBe('2024年6月');
    if (column === 'area') expect(document.items.find((item) => item.kind === 'section')?.title).toBe('准入');
  });
});
