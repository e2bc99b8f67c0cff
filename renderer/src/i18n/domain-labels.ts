// The domain's label tables (shared/ keeps them in Chinese for documents and exports) in the
// interface language. Each function is read at render time so a language switch applies.
import type { RuleKind } from '#shared/domain/indicator-system';
import type { EditableRectificationField, RectificationStatus } from '#shared/domain/rectification';
import type { ImplementationStatus } from '#shared/domain/types';
import type { PackageScope, TableName } from '#shared/exchange/package-format';
import type { TieRule } from '#shared/numbers/rank';

import { t } from '.';

/** 落实 / 部分落实 / 未落实 / 不适用. */
export const implementationStatusLabels = (): Record<ImplementationStatus, string> => ({
  implemented: t('落实'),
  partial: t('部分落实'),
  notImplemented: t('未落实'),
  notApplicable: t('不适用'),
});

/** 未开始 / 整改中 / 已完成 / 已销号. */
export const rectificationStatusLabels = (): Record<RectificationStatus, string> => ({
  notStarted: t('未开始'),
  inProgress: t('整改中'),
  done: t('已完成'),
  closed: t('已销号'),
});

/** 问题描述 / 整改目标 / 整改措施 / 责任单位 / 责任人 / 完成时限: the ledger's editable fields. */
export const rectificationFieldLabels = (): Record<EditableRectificationField, string> => ({
  problem: t('问题描述'),
  target: t('整改目标'),
  measures: t('整改措施'),
  responsibleUnits: t('责任单位'),
  owner: t('责任人'),
  deadline: t('完成时限'),
});

/** How ties rank (shared/numbers/rank.ts), in official terms (docs/gbt-9704.md). */
export const tieRuleLabels = (): Record<TieRule, string> => ({
  competition: t('并列排名（1, 2, 2, 4）'),
  dense: t('中国式排名（1, 2, 2, 3）'),
});

/** The scoring-rule kinds the rubric parser recognises (shared/domain/indicator-system.ts). */
export const ruleKindLabels = (): Record<RuleKind, string> => ({
  manual: t('人工评分'),
  deduction: t('基础分扣分'),
  bands: t('分档计分'),
  proportional: t('等比例计分'),
  itemSum: t('分项累加'),
  levels: t('分级计分'),
  rankingTiers: t('排名分档'),
  occurrence: t('按次加减分'),
  frontier: t('前沿距离'),
  relativeToBest: t('按第一名比例'),
  rankPoints: t('按名次赋分'),
  composed: t('组合计分'),
});

/** The tables of a .kaoping package, as the merge dialog lists them. */
export const packageTableLabels = (): Record<TableName, string> => ({
  documents: t('政策文件'),
  items: t('任务清单条目'),
  units: t('被评价单位'),
  evaluations: t('评价批次'),
  inputs: t('评分'),
  indicatorSystems: t('指标体系'),
  evidence: t('佐证材料'),
  rectifications: t('整改事项'),
  unitAliases: t('单位名录'),
});

/** What a package declares it covers (its manifest's scope kind). */
export const packageScopeLabels = (): Record<PackageScope['kind'], string> => ({
  evaluation: t('整次评价'),
  units: t('部分单位'),
  inspector: t('一位评价员的评分'),
  ledger: t('一个单位的整改台账'),
  backup: t('全部数据备份'),
});
