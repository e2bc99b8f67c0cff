import { describe, expect, it } from 'vitest';

import type { Rectification } from '../domain/rectification';
import { editRectification, parseTypedDeadline } from './ledger-edit';

const item: Rectification = {
  id: 'e|u|m',
  unitId: 'u',
  unitName: '西工区',
  source: { evaluationId: 'e', indicatorId: 'm' },
  problem: '“推行告知承诺制”尚未落实',
  target: '按期全面落实',
  measures: '全面推行告知承诺制。',
  responsibleUnits: ['市住建局'],
  owner: '',
  deadline: { text: '2026年12月29日前', date: '2026-12-29' },
  status: 'notStarted',
  progress: [],
  closedOn: null,
  closedBy: null,
  openedOn: '2026-11-29',
};

describe('parseTypedDeadline', () => {
  it('reads full dates in the ways offices write them, keeping the words typed', () => {
    expect(parseTypedDeadline('2026-12-31')).toEqual({ text: '2026-12-31', date: '2026-12-31' });
    expect(parseTypedDeadline(' 2027年3月5日前 ')).toEqual({ text: '2027年3月5日前', date: '2027-03-05' });
    expect(parseTypedDeadline('2027/3/5')?.date).toBe('2027-03-05');
    expect(parseTypedDeadline('2028.2.29')?.date).toBe('2028-02-29');
  });

  it('keeps words without a date (长期) and blank as no deadline', () => {
    expect(parseTypedDeadline('长期')).toEqual({ text: '长期', date: null });
    expect(parseTypedDeadline('   ')).toBeNull();
  });

  it('refuses, in Chinese, dates that do not exist and dates it cannot read', () => {
    expect(() => parseTypedDeadline('2026-13-01')).toThrow('完成时限“2026-13-01”不是存在的日期');
    expect(() => parseTypedDeadline('2027年2月29日')).toThrow('不是存在的日期');
    expect(() => parseTypedDeadline('12月底')).toThrow('完成时限“12月底”无法识别为日期');
    expect(() => parseTypedDeadline('2026-12')).toThrow('无法识别为日期');
  });
});

describe('editRectification', () => {
  it('changes any field and keeps who, when, old → new for each changed field', () => {
    const edited = editRectification(
      item,
      {
        problem: '告知承诺制未覆盖水土保持审批',
        measures: '本月内出台告知承诺事项清单。',
        responsibleUnits: ['市水利局', ' 市住建局 ', '市水利局'],
        owner: '王科长',
        deadline: parseTypedDeadline('2027-01-15'),
      },
      '张三',
      '2026-11-30T09:15:42.000Z',
    );
    expect(edited).toMatchObject({
      problem: '告知承诺制未覆盖水土保持审批',
      measures: '本月内出台告知承诺事项清单。',
      responsibleUnits: ['市水利局', '市住建局'],
      owner: '王科长',
      deadline: { text: '2027-01-15', date: '2027-01-15' },
    });
    expect(edited.edits).toEqual([
      {
        field: 'problem',
        from: '“推行告知承诺制”尚未落实',
        to: '告知承诺制未覆盖水土保持审批',
        by: '张三',
        at: '2026-11-30T09:15:42.000Z',
      },
      { field: 'measures', from: '全面推行告知承诺制。', to: '本月内出台告知承诺事项清单。', by: '张三', at: '2026-11-30T09:15:42.000Z' },
      { field: 'responsibleUnits', from: '市住建局', to: '市水利局、市住建局', by: '张三', at: '2026-11-30T09:15:42.000Z' },
      { field: 'owner', from: '', to: '王科长', by: '张三', at: '2026-11-30T09:15:42.000Z' },
      { field: 'deadline', from: '2026年12月29日前', to: '2027-01-15', by: '张三', at: '2026-11-30T09:15:42.000Z' },
    ]);
    const again = editRectification(edited, { target: '年底前问题清零' }, '李四', '2026-12-01T08:00:00.000Z');
    expect(again.edits?.map((entry) => entry.field)).toEqual(['problem', 'measures', 'responsibleUnits', 'owner', 'deadline', 'target']);
  });

  it('records nothing and returns the same item when the values typed are the ones stored', () => {
    expect(
      editRectification(
        item,
        { problem: ` ${item.problem} `, responsibleUnits: ['市住建局'], deadline: { text: '2026年12月29日前', date: '2026-12-29' } },
        '张三',
        'x',
      ),
    ).toBe(item);
  });

  it('refuses an empty 问题描述 and any change to a closed item', () => {
    expect(() => editRectification(item, { problem: '  ' }, '张三', 'x')).toThrow('问题描述不能为空');
    expect(() => editRectification({ ...item, status: 'closed' }, { owner: '王科长' }, '张三', 'x')).toThrow('已销号的整改事项不能再修改');
  });
});
