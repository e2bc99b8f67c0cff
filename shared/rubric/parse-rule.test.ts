import { describe, expect, it } from 'vitest';

import { directionOf, parseScoringRule } from './parse-rule';

const rule = (text: string, name = '指标', max = 300) => parseScoringRule(text, name, max).rule;

describe('parseScoringRule on the rule texts of seed 004', () => {
  it('reads ranking tiers with base, counts, deltas and direction', () => {
    expect(
      rule(
        '基础分为2.5分。按照全年工程建设项目审批办件比例划分三个档次，前四名在基础上分增加0.5分；中间四名得基础分；最后四名在基础上减0.5分。',
        '审批办件/审批项目比例',
      ),
    ).toEqual({
      kind: 'rankingTiers',
      base: 250,
      topCount: 4,
      topDelta: 50,
      bottomCount: 4,
      bottomDelta: 50,
      direction: 'higherBetter',
    });
    expect(
      rule(
        '基础分为2分，按照区域评估事项比例划分三个档次，前四名在基础上增加1分；中间四名得基础分；最后四名在基础上减1分。',
        '区域评估事项比例',
      ),
    ).toMatchObject({ base: 200, topDelta: 100, bottomDelta: 100 });
    expect(
      rule(
        '基础分为1.5分，按照政府投资项目报建周期长短划分三个档次，前四名在基础上增加0.5分；中间四名得基础分；最后四名在基础上减0.5分。',
        '政府投资项目报建周期',
        200,
      ),
    ).toMatchObject({ direction: 'lowerBetter' });
  });

  it('reads base minus a deduction per occurrence', () => {
    expect(rule('基础分为3分，发现一例四阶段主要事项未在线上办理的扣0.5分，扣完为止。')).toEqual({ kind: 'deduction', base: 300, per: 50 });
    expect(rule('基础分为3分，未纳入项目每超过5%扣0.5分，扣完为止。')).toEqual({ kind: 'deduction', base: 300, per: 50 });
    expect(rule('基础分2分，系统中出现一例逾期办件扣0.2分。', '办件逾期率', 200)).toEqual({ kind: 'deduction', base: 200, per: 20 });
    expect(rule('基础分为3分，发现一例非备案类秒办件视为“体外循环”减1分。')).toEqual({ kind: 'deduction', base: 300, per: 100 });
  });

  it('reads bands with their edges as written', () => {
    expect(rule('证照种类在16种以上22种以下得2分，在22种以上28种以下得3分，在28种以上得4分。', '电子证照应用情况', 400)).toEqual({
      kind: 'bands',
      bands: [
        { min: 16, minInclusive: true, max: 22, maxInclusive: true, points: 200 },
        { min: 22, minInclusive: true, max: 28, maxInclusive: true, points: 300 },
        { min: 28, minInclusive: true, max: null, maxInclusive: true, points: 400 },
      ],
    });
    expect(rule('比例达到60%-70%（包括60%，不含70%）得1分，70%-80%（包括70%，不含80%）得2分；80%以上（包括80%）得3分。')).toEqual({
      kind: 'bands',
      bands: [
        { min: 60, minInclusive: true, max: 70, maxInclusive: false, points: 100 },
        { min: 70, minInclusive: true, max: 80, maxInclusive: false, points: 200 },
        { min: 80, minInclusive: true, max: null, maxInclusive: true, points: 300 },
      ],
    });
    expect(rule('低于50%得0分，超过90%得3分。')).toEqual({
      kind: 'bands',
      bands: [
        { min: null, minInclusive: true, max: 50, maxInclusive: false, points: 0 },
        { min: 90, minInclusive: false, max: null, maxInclusive: true, points: 300 },
      ],
    });
  });

  it('reads proportional, sums of items, levels, and department scoring', () => {
    expect(rule('计算各地得分平均分，按10分的总分进行等比例计分。', '企业满意度', 1000)).toEqual({ kind: 'proportional', fullValue: 100 });
    expect(rule('制定出台了年度工作方案的，计1分；地方主要领导调度部署工作的，计0.5分；定期印发工作通报/简报的，计0.5分。')).toEqual({
      kind: 'itemSum',
      items: [
        { label: '制定出台了年度工作方案', points: 100 },
        { label: '地方主要领导调度部署工作', points: 50 },
        { label: '定期印发工作通报/简报', points: 50 },
      ],
    });
    expect(rule('出台了政策的得1分，在具体项目实施的得2分')).toEqual({
      kind: 'levels',
      levels: [
        { label: '出台了政策', points: 100 },
        { label: '在具体项目实施', points: 200 },
      ],
    });
    expect(parseScoringRule('由省住房城乡建设厅评分', '质量管理情况', 300)).toMatchObject({
      rule: { kind: 'manual' },
      dataSource: { kind: 'department', department: '省住房城乡建设厅' },
      warnings: [],
    });
  });

  it('reads per-occurrence points at every rate written, each its own count, with the cap', () => {
    expect(rule('市本级计2分/次，为所辖县的计1分/次；予以刊登的，计1分/次；加分封顶8分。', '加分项', 800)).toEqual({
      kind: 'composed',
      terms: [
        {
          kind: 'occurrence',
          sign: 1,
          cap: 800,
          rates: [
            { input: '次数', label: '市本级', per: 200 },
            { input: '次数2', label: '为所辖县', per: 100 },
            { input: '次数3', label: '予以刊登', per: 100 },
          ],
        },
      ],
      floor: 0,
      ceiling: null,
    });
  });
});

describe('parseScoringRule on local rule kinds', () => {
  it('reads distance to frontier, proportional to the best, and points by rank', () => {
    expect(rule('采用前沿距离法计分，时间越短越好。', '开办时间', 1000)).toEqual({ kind: 'frontier', direction: 'lowerBetter' });
    expect(rule('按第1名的比例得分。', '市场主体增长率', 1000)).toEqual({ kind: 'relativeToBest', direction: 'higherBetter' });
    expect(rule('排名1-5名依次赋予60/57/54…分，其余得40分。', '增长率', 6000)).toEqual({
      kind: 'rankPoints',
      points: [6000, 5700, 5400, 5100, 4800],
      rest: 4000,
      direction: 'higherBetter',
    });
  });

  it('turns text it cannot read into a manual rule with a visible warning', () => {
    expect(parseScoringRule('视情况酌情给分', '综合评价', 500)).toMatchObject({ rule: { kind: 'manual' }, warnings: [] });
    const parsed = parseScoringRule('按工作成效综合评定', '综合评价', 500);
    expect(parsed.rule).toEqual({ kind: 'manual' });
    expect(parsed.warnings[0]).toContain('未能识别“综合评价”的评分标准');
  });

  it('infers the ranking direction from the text first, then from what is measured', () => {
    expect(directionOf('按由短到长排名', '指标')).toBe('lowerBetter');
    expect(directionOf('按由高到低排名', '办理时间')).toBe('higherBetter');
    expect(directionOf('', '四阶段跨度用时')).toBe('lowerBetter');
    expect(directionOf('', '并联审批率')).toBe('higherBetter');
  });
});

describe('item labels', () => {
  it('keep the Chinese punctuation the rubric writes, though the reader compares a normalised text', () => {
    const read = rule('对接甲系统（试点）得1分，与市、县（区）乙系统对接得1分，丙系统上线得1分。');
    expect(read.kind).toBe('itemSum');
    const labels = read.kind === 'itemSum' ? read.items.map((item) => item.label) : [];
    expect(labels).toEqual(['对接甲系统（试点）', '与市、县（区）乙系统对接', '丙系统上线']);
  });
});
