// A one-line Chinese summary of a structured rule, for tables and the editor.
import type { DataSource, ScoringRule } from '../../../../shared/domain/indicator-system';
import { ruleKindLabels } from '../../i18n/domain-labels';
import { formatHundredths } from '../../../../shared/scoring/exact';
import { t } from '../../i18n';
import { summarizeRule } from '../../../../shared/rules/read-back';

const fmt = (hundredths: number) => formatHundredths(hundredths).replace(/\.?0+$/, '');

export function summariseRule(rule: ScoringRule | null): string {
  if (!rule) return '';
  const label = ruleKindLabels()[rule.kind];
  switch (rule.kind) {
    case 'deduction':
      return t('{{label}}：基础分 {{fmt}}，每次扣 {{fmt2}}，扣完为止', { label: label, fmt: fmt(rule.base), fmt2: fmt(rule.per) });
    case 'rankingTiers':
      return t('{{label}}：基础分 {{fmt}}，前{{topCount}}名 +{{fmt2}}，后{{bottomCount}}名 −{{fmt3}}（{{value}}）', { label: label, fmt: fmt(rule.base), topCount: rule.topCount, fmt2: fmt(rule.topDelta), bottomCount: rule.bottomCount, fmt3: fmt(rule.bottomDelta), value: rule.direction === 'lowerBetter' ? t('越小越好') : t('越大越好') });
    case 'bands':
      return `${label}：${rule.bands.map((band) => t('{{value}}{{value2}}{{value3}} 得 {{fmt}}', { value: band.min === null ? '' : `${band.minInclusive ? '≥' : '>'}${band.min}`, value2: band.min !== null && band.max !== null ? t(' 且 ') : '', value3: band.max === null ? '' : `${band.maxInclusive ? '≤' : '<'}${band.max}`, fmt: fmt(band.points) })).join('；')}`;
    case 'proportional':
      return t('{{label}}：测得值 ÷ {{fullValue}} × 分值', { label: label, fullValue: rule.fullValue });
    case 'itemSum':
      return `${label}：${rule.items.map((item) => `${item.label} ${fmt(item.points)}`).join('；')}`;
    case 'levels':
      return `${label}：${rule.levels.map((level) => `${level.label} ${fmt(level.points)}`).join('；')}`;
    case 'occurrence':
      return t('{{label}}：每次 {{fmt}} 分，封顶', { label: label, fmt: fmt(rule.per) });
    case 'frontier':
    case 'relativeToBest':
      return `${label}（${rule.direction === 'lowerBetter' ? t('越小越好') : t('越大越好')}）`;
    case 'rankPoints':
      return t('{{label}}：{{join}}，其余 {{fmt}}', { label: label, join: rule.points.map(fmt).join('/'), fmt: fmt(rule.rest) });
    case 'composed':
      return t('组合计分：{{summary}}', { summary: summarizeRule(rule, 0) });
    default:
      return label;
  }
}

export function describeSource(source: DataSource): string {
  return source.kind === 'system' ? t('系统数据') : source.kind === 'department' ? t('部门评分（{{department}}）', { department: source.department }) : t('现场检查');
}
