// A one-line Chinese summary of a structured rule, for tables and the editor.
import { RULE_KIND_LABELS, type DataSource, type ScoringRule } from '../../../../shared/domain/indicator-system';
import { formatHundredths } from '../../../../shared/scoring/exact';

const fmt = (hundredths: number) => formatHundredths(hundredths).replace(/\.?0+$/, '');

export function summariseRule(rule: ScoringRule | null): string {
  if (!rule) return '';
  const label = RULE_KIND_LABELS[rule.kind];
  switch (rule.kind) {
    case 'deduction':
      return `${label}：基础分 ${fmt(rule.base)}，每次扣 ${fmt(rule.per)}，扣完为止`;
    case 'rankingTiers':
      return `${label}：基础分 ${fmt(rule.base)}，前${rule.topCount}名 +${fmt(rule.topDelta)}，后${rule.bottomCount}名 −${fmt(rule.bottomDelta)}（${rule.direction === 'lowerBetter' ? '越小越好' : '越大越好'}）`;
    case 'bands':
      return `${label}：${rule.bands.map((band) => `${band.min === null ? '' : `${band.minInclusive ? '≥' : '>'}${band.min}`}${band.min !== null && band.max !== null ? ' 且 ' : ''}${band.max === null ? '' : `${band.maxInclusive ? '≤' : '<'}${band.max}`} 得 ${fmt(band.points)}`).join('；')}`;
    case 'proportional':
      return `${label}：测得值 ÷ ${rule.fullValue} × 分值`;
    case 'itemSum':
      return `${label}：${rule.items.map((item) => `${item.label} ${fmt(item.points)}`).join('；')}`;
    case 'levels':
      return `${label}：${rule.levels.map((level) => `${level.label} ${fmt(level.points)}`).join('；')}`;
    case 'occurrence':
      return `${label}：每次 ${fmt(rule.per)} 分，封顶`;
    case 'frontier':
    case 'relativeToBest':
      return `${label}（${rule.direction === 'lowerBetter' ? '越小越好' : '越大越好'}）`;
    case 'rankPoints':
      return `${label}：${rule.points.map(fmt).join('/')}，其余 ${fmt(rule.rest)}`;
    default:
      return label;
  }
}

export function describeSource(source: DataSource): string {
  return source.kind === 'system' ? '系统数据' : source.kind === 'department' ? `部门评分（${source.department}）` : '现场检查';
}
