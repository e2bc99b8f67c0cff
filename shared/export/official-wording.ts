// Wording of reports read by officials (Word and Excel): how ties in the ranking are described,
// in the terms offices use, never a spreadsheet function or program name (docs/gbt-9704.md,
// "Wording in reports for officials").
import type { TieRule } from '../domain/types';

/** How a report names its tie rule: 并列排名 (1, 2, 2, 4) or 中国式排名 (1, 2, 2, 3). */
export const OFFICIAL_TIE_RULE_NAMES: Record<TieRule, string> = {
  competition: '并列排名',
  dense: '中国式排名',
};

/** The tie rule with what it means, for a report's text or a sheet's subtitle. */
export const OFFICIAL_TIE_RULE_DESCRIPTIONS: Record<TieRule, string> = {
  competition: '并列排名：总分相同者名次并列，其后名次顺延',
  dense: '中国式排名：总分相同者名次并列，其后名次连续',
};
