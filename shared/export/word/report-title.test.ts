import { describe, expect, it } from 'vitest';

import { consolidatedReportTitle, evaluationReportTitle, joinTitleParts, rectificationReportTitle } from './report-title';

describe('joinTitleParts', () => {
  it('drops the overlap where two parts meet', () => {
    expect(joinTitleParts(['2023年度营商环境评价', '评价报告'])).toBe('2023年度营商环境评价报告');
    expect(joinTitleParts(['营商环境考核评价工作', '工作报告'])).toBe('营商环境考核评价工作报告');
  });

  it('does not repeat a part the text already ends with', () => {
    expect(joinTitleParts(['2026年专项督查整改报告', '整改报告'])).toBe('2026年专项督查整改报告');
  });

  it('keeps a one-character repetition, which is usually meant (测评 + 评价报告)', () => {
    expect(joinTitleParts(['年度测评', '评价报告'])).toBe('年度测评评价报告');
  });

  it('skips blank parts and trims the rest', () => {
    expect(joinTitleParts([' 甲区 ', '', '  ', '评价报告'])).toBe('甲区评价报告');
  });
});

describe('report titles', () => {
  it('评价报告: unit, evaluation, 评价报告 without 评价评价', () => {
    expect(evaluationReportTitle('己区', '2023年度评价')).toBe('己区2023年度评价报告');
    expect(evaluationReportTitle('己区', '2023年度营商环境考核')).toBe('己区2023年度营商环境考核评价报告');
    expect(evaluationReportTitle('西工区', '西工区2024年营商环境评价')).toBe('西工区2024年营商环境评价报告');
  });

  it('整改报告: the unit 关于 the evaluation 发现问题的整改报告, no doubled 发现问题', () => {
    expect(rectificationReportTitle('西工区', '2026年营商环境督查')).toBe('西工区关于2026年营商环境督查发现问题的整改报告');
    expect(rectificationReportTitle('西工区', '2026年督查发现问题')).toBe('西工区关于2026年督查发现问题的整改报告');
  });

  it('consolidated 整改报告', () => {
    expect(consolidatedReportTitle('2026年营商环境督查')).toBe('2026年营商环境督查发现问题整改报告');
    expect(consolidatedReportTitle('2026年督查发现问题整改')).toBe('2026年督查发现问题整改报告');
  });
});
