// Builds an indicator system from rubric rows. Category cells merged in the original are often
// extracted mid-merge, so when the rubric declares category totals (共60分, （10分）) those totals
// settle which rows belong to which category.
import type { DataSource, Indicator, IndicatorSystem } from '../domain/indicator-system';
import { asExtraPoints } from '../rules/extra-points';
import { toHundredths } from '../text/chinese-number';
import { parseScoringRule } from './parse-rule';
import type { RubricRow } from './rubric-rows';

type Entry = { row: RubricRow; group: string; name: string };
type Category = { label: string; name: string; total: number | null; entries: Entry[] };

const DECLARED_TOTAL = /[（(][^（）()]*?(?:共|合计|满分)?\s*(\d+(?:\.\d+)?)\s*分[）)]/;
const BONUS = /加分/;
const PENALTY = /减分|扣分项/;

/**
 * Builds the system. Input: the table title, its rows, and an id for the system. Output: the
 * indicator tree (category → optional group → indicator), each indicator with its parsed rule,
 * data source and warnings. Fragments are mended first: a row with only a piece of a name (况)
 * completes the name above; a row with only standard text joins the next row when it ends
 * mid-sentence (；，) and the row above otherwise. Bonus and penalty rows (加分项/减分项, negative
 * 分值) keep their cap as maximum. Never throws; problems become warnings.
 */
export function buildIndicatorSystem(title: string, rows: RubricRow[], id: string): IndicatorSystem {
  const entries = mendFragments(rows);
  const categories = assignCategories(entries);
  const indicators: Indicator[] = [];
  const nextId = (): string => `${id}-${indicators.length + 1}`;
  for (const category of categories) {
    const categoryId = nextId();
    const sum = category.entries.reduce((total, entry) => total + Math.abs(entry.row.points ?? 0), 0);
    const categoryIndicator: Indicator = {
      id: categoryId,
      parentId: null,
      role: 'category',
      name: category.name,
      maxPoints: category.total ?? (category.entries.every((entry) => isBonus(entry) || isPenalty(entry)) ? 0 : sum),
      capped: category.total !== null,
      ruleText: category.label,
      rule: null,
      dataSource: sourceOfCategory(category.label),
      warnings: [],
      checklistItemIds: [],
    };
    indicators.push(categoryIndicator);
    const isExtra = category.entries.every((entry) => isBonus(entry) || isPenalty(entry));
    if (category.total !== null && sum !== category.total && !isExtra) {
      categoryIndicator.warnings.push(`“${category.name}”各项分值合计 ${sum / 100} 分，与标明的 ${category.total / 100} 分不符，请核对。`);
    }
    const groups = new Map<string, string>();
    for (const entry of category.entries) {
      let parentId = categoryId;
      if (entry.group) {
        let groupId = groups.get(entry.group);
        if (!groupId) {
          groupId = nextId();
          groups.set(entry.group, groupId);
          indicators.push({
            id: groupId,
            parentId: categoryId,
            role: 'group',
            name: entry.group,
            maxPoints: 0,
            capped: false,
            ruleText: '',
            rule: null,
            dataSource: categoryIndicator.dataSource,
            warnings: [],
            checklistItemIds: [],
          });
        }
        parentId = groupId;
      }
      const role = isPenalty(entry) ? 'penalty' : isBonus(entry) ? 'bonus' : 'indicator';
      const maxPoints = Math.abs(entry.row.points ?? 0);
      const parsed = parseScoringRule(entry.row.text, entry.name, maxPoints);
      const rule = role === 'indicator' ? parsed.rule : asExtraPoints(parsed.rule, maxPoints);
      indicators.push({
        id: nextId(),
        parentId,
        role,
        name: entry.name,
        maxPoints,
        capped: false,
        ruleText: entry.row.text,
        rule,
        dataSource: parsed.dataSource ?? categoryIndicator.dataSource,
        warnings: [...parsed.warnings, ...(entry.row.points === null ? [`“${entry.name}”没有分值。`] : [])],
        checklistItemIds: [],
      });
    }
  }
  for (const indicator of indicators) {
    if (indicator.role !== 'group') continue;
    indicator.maxPoints = indicators.filter((child) => child.parentId === indicator.id).reduce((sum, child) => sum + child.maxPoints, 0);
  }
  return { id, title, indicators };
}

function isBonus(entry: Entry): boolean {
  return BONUS.test(entry.name) && (entry.row.points ?? 0) >= 0;
}

function isPenalty(entry: Entry): boolean {
  return PENALTY.test(entry.name) || (entry.row.points ?? 0) < 0;
}

function mendFragments(rows: RubricRow[]): Array<Entry & { categoryLabel: string }> {
  const entries: Array<Entry & { categoryLabel: string }> = [];
  let pendingText = '';
  let lastGroup = '';
  let lastCategory = '';
  // With declared totals, a category cell without one is a group label extracted into the wrong column.
  const hasDeclared = rows.some((row) => DECLARED_TOTAL.test(row.category));
  for (const row of rows) {
    const named = row.nameCells.filter(Boolean);
    if (row.points === null && !row.text && named.length > 0 && entries.length > 0) {
      const previous = entries[entries.length - 1]!;
      previous.name += named[named.length - 1];
      if (row.category) previous.categoryLabel ||= row.category;
      if (row.category) entries.push({ row: { ...row, nameCells: [], text: '' }, group: '', name: '', categoryLabel: row.category });
      continue;
    }
    if (row.points === null && named.length === 0) {
      if (/[；;，,]$/.test(row.text) || entries.length === 0) pendingText += row.text;
      else entries[entries.length - 1]!.row.text += row.text;
      continue;
    }
    if (row.category !== lastCategory && row.category && (!hasDeclared || DECLARED_TOTAL.test(row.category))) lastGroup = '';
    lastCategory = row.category || lastCategory;
    const demoted =
      hasDeclared &&
      row.category &&
      !DECLARED_TOTAL.test(row.category) &&
      !BONUS.test(row.nameCells.join('')) &&
      !PENALTY.test(row.nameCells.join('')) &&
      (row.points ?? 0) >= 0;
    const [first = '', second = ''] = demoted ? [row.category, row.nameCells[row.nameCells.length - 1] ?? ''] : row.nameCells;
    let group = '';
    let name = first;
    if ((demoted || row.nameCells.length >= 2) && second) {
      group = first || lastGroup;
      name = second;
    } else if (row.nameCells.length >= 2 && !first && !second) {
      name = '';
    }
    lastGroup = demoted || row.nameCells.length >= 2 ? group : '';
    entries.push({
      row: { ...row, text: pendingText + row.text },
      group,
      name: name || row.category.replace(DECLARED_TOTAL, ''),
      categoryLabel: demoted ? '' : row.category,
    });
    pendingText = '';
  }
  return entries;
}

/** Declared totals drive membership when present; otherwise a non-empty category cell starts a category. */
function assignCategories(entries: Array<Entry & { categoryLabel: string }>): Category[] {
  const labels = entries.map((entry) => entry.categoryLabel).filter(Boolean);
  const declared = [...new Set(labels.filter((label) => DECLARED_TOTAL.test(label)))];
  const categories: Category[] = [];
  const open = (label: string): Category => {
    const total = DECLARED_TOTAL.exec(label);
    const category = {
      label,
      name: label.replace(DECLARED_TOTAL, '').trim() || label,
      total: total ? toHundredths(total[1]!) : null,
      entries: [],
    };
    categories.push(category);
    return category;
  };
  const scored = entries.filter((entry) => entry.name);
  if (declared.length === 0) {
    let current: Category | null = null;
    for (const entry of scored) {
      if (entry.categoryLabel && entry.categoryLabel !== current?.label) current = open(entry.categoryLabel);
      (current ?? (current = open('未分类'))).entries.push(entry);
    }
    return categories;
  }
  const queue = declared.map((label) => ({ label, total: toHundredths(DECLARED_TOTAL.exec(label)![1]!) }));
  let index = 0;
  let current: Category | null = null;
  let extra: Category | null = null;
  for (const entry of scored) {
    if (isBonus(entry) || isPenalty(entry)) {
      extra ??= open(entry.categoryLabel && !DECLARED_TOTAL.test(entry.categoryLabel) ? entry.categoryLabel : '附加分');
      extra.entries.push(entry);
      continue;
    }
    if (!current || sumOf(current) >= (current.total ?? Infinity)) {
      const next = queue[index++];
      current = open(next?.label ?? entry.categoryLabel ?? '未分类');
    }
    current.entries.push(entry);
  }
  return categories;
}

function sumOf(category: Category): number {
  return category.entries.reduce((sum, entry) => sum + (entry.row.points ?? 0), 0);
}

function sourceOfCategory(label: string): DataSource {
  if (/系统自动评分|系统数据|系统评分/.test(label)) return { kind: 'system' };
  const department = /由(.{2,20}?)(?:根据[^，。）)]*)?(?:评分|打分)/.exec(label)?.[1];
  return department ? { kind: 'department', department } : { kind: 'onSite' };
}
