// The indicator system (指标体系 / 评分细则) model. Points are integers in hundredths (0.5分 = 50)
// so arithmetic is exact; measured values are plain numbers as written (65 for 65%).
import type { Band, ComposedRule, Direction, RuleItem } from './rule-model';

export type { Band, Direction, RuleItem };

/** Who provides an indicator's input: 现场检查, 系统数据, or a named department (部门评分). */
export type DataSource = { kind: 'onSite' } | { kind: 'system' } | { kind: 'department'; department: string };

/**
 * The eleven single-shape rule kinds stored before rules were composed. Amounts in hundredths of a
 * point. Each is a special case of a composed rule (../rules/migrate.ts gives the composed form and
 * the engine scores that); the reader still stores a rule of one of these shapes in this form.
 */
export type LegacyRule =
  | { kind: 'manual' }
  | { kind: 'deduction'; base: number; per: number }
  | { kind: 'bands'; bands: Band[] }
  | { kind: 'proportional'; fullValue: number }
  | { kind: 'itemSum'; items: RuleItem[] }
  | { kind: 'levels'; levels: RuleItem[] }
  | {
      kind: 'rankingTiers';
      base: number;
      topCount: number;
      topDelta: number;
      bottomCount: number;
      bottomDelta: number;
      direction: Direction;
    }
  | { kind: 'occurrence'; per: number }
  | { kind: 'frontier'; direction: Direction }
  | { kind: 'relativeToBest'; direction: Direction }
  | { kind: 'rankPoints'; points: number[]; rest: number; direction: Direction };

/** A scoring rule: one of the eleven single-shape kinds, or terms composed (rule-model.ts). */
export type ScoringRule = LegacyRule | ComposedRule;

export type RuleKind = ScoringRule['kind'];

/** What input a single-shape rule kind takes from the inspector or the data. */
export const RULE_INPUTS: Record<LegacyRule['kind'], 'points' | 'count' | 'value' | 'items' | 'level'> = {
  manual: 'points',
  deduction: 'count',
  bands: 'value',
  proportional: 'value',
  itemSum: 'items',
  levels: 'level',
  rankingTiers: 'value',
  occurrence: 'count',
  frontier: 'value',
  relativeToBest: 'value',
  rankPoints: 'value',
};

export const RULE_KIND_LABELS: Record<RuleKind, string> = {
  manual: '人工评分',
  deduction: '基础分扣分',
  bands: '分档计分',
  proportional: '等比例计分',
  itemSum: '分项累加',
  levels: '分级计分',
  rankingTiers: '排名分档',
  occurrence: '按次加减分',
  frontier: '前沿距离',
  relativeToBest: '按第一名比例',
  rankPoints: '按名次赋分',
  composed: '组合计分',
};

/** category = 类别 with an optional subtotal; indicator = scored leaf or group; bonus / penalty = 加分项 / 减分项. */
export type IndicatorRole = 'category' | 'group' | 'indicator' | 'bonus' | 'penalty';

export type Indicator = {
  id: string;
  parentId: string | null;
  role: IndicatorRole;
  name: string;
  /** 分值 in hundredths; for a category its declared subtotal (共60分) or the sum of its parts; for bonus/penalty the cap. */
  maxPoints: number;
  /** True when the rubric declares the category's total, so its subtotal is capped there. */
  capped: boolean;
  ruleText: string;
  rule: ScoringRule | null;
  dataSource: DataSource;
  /** Things the parser was unsure of, shown to the user (zh-CN). */
  warnings: string[];
  /** Checklist items this indicator checks (optional links). */
  checklistItemIds: string[];
  /** Set when a person checked (and possibly corrected) the rule against the official ruleText, which stays unchanged. */
  review?: IndicatorReview;
};

/** 已核对: who confirmed the rule and when (ISO time). */
export type IndicatorReview = { state: 'reviewed'; by: string; at: string };

export type IndicatorSystem = {
  id: string;
  title: string;
  indicators: Indicator[];
};
