import { describe, expect, it } from 'vitest';

import { parseUnitRoles } from './parse-units';

describe('parseUnitRoles', () => {
  it('assigns 牵头 and 配合 to the units of their clauses (seed 001)', () => {
    expect(parseUnitRoles('区政府办、工信局、工商联牵头，各镇办，区直相关部门配合')).toEqual({
      leadUnits: ['区政府办', '工信局', '工商联'],
      responsibleUnits: [],
      supportingUnits: ['各镇办', '区直相关部门'],
    });
  });

  it('reads 按职责分工负责 as responsible, drops 等, keeps collective owners', () => {
    expect(parseUnitRoles('市市场监管局、市商务局等有关部门按职责分工负责').responsibleUnits).toEqual([
      '市市场监管局',
      '市商务局',
      '有关部门',
    ]);
    expect(parseUnitRoles('区人民法院、检察院、公安局、司法局等按职责分工负责配合').supportingUnits).toEqual([
      '区人民法院',
      '检察院',
      '公安局',
      '司法局',
    ]);
  });

  it('reads 按照职能负责 (004, 吉安) as responsible like 按职责分工负责', () => {
    expect(parseUnitRoles('市气象局、市应急局、市林业局等部门按照职能负责').responsibleUnits).toEqual([
      '市气象局',
      '市应急局',
      '市林业局',
      '部门',
    ]);
    expect(parseUnitRoles('省直有关部门按照职能分别负责；').responsibleUnits).toEqual(['省直有关部门']);
    expect(parseUnitRoles('市发改委等相关部门和单位及各地').responsibleUnits).toEqual(['市发改委', '相关部门和单位及各地']);
  });

  it('splits on 和/及 only between two whole unit names', () => {
    expect(parseUnitRoles('市政务服务和大数据管理局').responsibleUnits).toEqual(['市政务服务和大数据管理局']);
    expect(parseUnitRoles('市住建局和市水利局').responsibleUnits).toEqual(['市住建局', '市水利局']);
    expect(parseUnitRoles('市卫健委、市医保局', 'leadUnits').leadUnits).toEqual(['市卫健委', '市医保局']);
  });

  it('splits on 及 before a prefecture, league, banner or zone unit, and after a collective 部门 or 单位', () => {
    expect(parseUnitRoles('州委编办及州直相关单位').responsibleUnits).toEqual(['州委编办', '州直相关单位']);
    expect(parseUnitRoles('盟商务局及旗县人民政府').responsibleUnits).toEqual(['盟商务局', '旗县人民政府']);
    expect(parseUnitRoles('市直各有关部门及高新区管委会').responsibleUnits).toEqual(['市直各有关部门', '高新区管委会']);
    expect(parseUnitRoles('州人力资源和社会保障局').responsibleUnits).toEqual(['州人力资源和社会保障局']);
  });

  it('removes stray spaces from extraction', () => {
    expect(parseUnitRoles('人行洛阳市中心支行等 有关单位按职责 分工负责').responsibleUnits).toEqual(['人行洛阳市中心支行', '有关单位']);
  });
});
