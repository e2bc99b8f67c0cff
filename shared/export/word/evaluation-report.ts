// The evaluation report (评价报告) of one unit on an indicator system: total and rank, a category
// table and chart, where points were lost and why, the findings, and the ranking of all units.
import { AlignmentType, ImageRun, Paragraph } from 'docx';

import type { IndicatorSystem } from '../../domain/indicator-system';
import { formatHundredths } from '../../numbers/exact';
import { explainCell, type RubricScores } from '../../scoring/score-rubric';
import { compareCategories } from '../charts/category-chart';
import { OFFICIAL_TIE_RULE_NAMES } from '../official-wording';
import {
  blankLine,
  bodyParagraph,
  closingSentenceParagraph,
  headingParagraph,
  officialDate,
  signatureParagraphs,
  titleParagraphs,
} from './official-layout';
import { officialTable } from './official-table';
import { packOfficialDocument, type ReportBlock } from './pack-official';
import { evaluationReportTitle } from './report-title';

/** The chart as an image: PNG (drawn in the app), or SVG with a PNG fallback (drawn by the CLI). Size in pixels. */
export type ChartImage =
  | { type: 'png'; data: Uint8Array; width: number; height: number }
  | { type: 'svg'; data: Uint8Array; fallback: Uint8Array; width: number; height: number };

export type EvaluationReportInput = {
  system: IndicatorSystem;
  evaluationName: string;
  unitNames: Map<string, string>;
  scores: RubricScores;
  unitId: string;
  /** Notes per cell, keyed `${unitId}|${indicatorId}` (发现的问题). */
  notes: Map<string, string>;
  chart: ChartImage | null;
  /** 发文机关署名: the office that evaluated (评价单位), never a person. */
  issuer: string;
  /** 成文日期, ISO (YYYY-MM-DD), chosen at export. */
  reportedOn: string;
};

/** Width of the chart in the type area: 156 mm at 96 dpi ≈ 590 px. */
const CHART_WIDTH = 560;

/**
 * Builds the .docx (GB/T 9704 page, docs/gbt-9704.md; title by report-title.ts). Sections: 一、总体情况 (total, rank of n, tie rule; category
 * table 类别/分值/得分/得分率/平均/最高; the chart); 二、失分情况 (every indicator below its maximum,
 * with the reason); 三、发现问题 (the inspectors' notes); 四、排名情况 (all units); then 发文机关署名
 * and 成文日期. Ties are named in official terms (并列排名 / 中国式排名). Throws Error (zh-CN) if the
 * unit is not in the scores or the date is invalid.
 */
export async function buildEvaluationReport(input: EvaluationReportInput): Promise<Uint8Array> {
  const unit = input.scores.unitIds.indexOf(input.unitId);
  if (unit < 0) throw new Error('该单位不在本次评价中。');
  const name = input.unitNames.get(input.unitId) ?? input.unitId;
  const totals = input.scores.units[unit]!;
  const title = evaluationReportTitle(name, input.evaluationName);
  const rows = compareCategories(input.system, input.scores, unit);
  const lost = input.scores.columns
    .filter(
      (column) =>
        column.indicator.role === 'indicator' &&
        column.points[unit] !== null &&
        column.points[unit] !== undefined &&
        column.points[unit]! < column.indicator.maxPoints,
    )
    .map((column) => [
      column.indicator.name,
      formatHundredths(column.indicator.maxPoints),
      formatHundredths(column.points[unit]!),
      explainCell(column, unit),
    ]);
  const notes = input.scores.columns
    .map((column) => [column.indicator.name, input.notes.get(`${input.unitId}|${column.indicator.id}`) ?? ''])
    .filter(([, note]) => note);
  const ranking = [...input.scores.units].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const body: ReportBlock[] = [
    ...titleParagraphs(title),
    headingParagraph('一、总体情况', 1),
    bodyParagraph(
      `依据《${input.system.title}》，${name}本次评价总分${formatHundredths(totals.total)}分（基础分${formatHundredths(totals.base)}分，加分${formatHundredths(totals.bonus)}分，减分${formatHundredths(totals.penalty)}分），在${input.scores.units.length}个参评单位中排名第${totals.rank ?? '—'}位（按${OFFICIAL_TIE_RULE_NAMES[input.scores.options.tieRule]}计）。各类别得分如下：`,
    ),
    officialTable(
      ['类别', '分值', '得分', '得分率', '平均', '最高'],
      [30, 14, 14, 14, 14, 14],
      rows.map((row) => [
        row.name,
        formatHundredths(row.maxPoints),
        formatHundredths(row.unit),
        row.maxPoints ? `${formatHundredths(Math.round((10000 * row.unit) / row.maxPoints))}%` : '—',
        formatHundredths(row.average),
        formatHundredths(row.best),
      ]),
      null,
    ),
    ...(input.chart ? [blankLine(), chartParagraph(input.chart)] : []),
    headingParagraph('二、失分情况', 1),
    ...(lost.length
      ? [officialTable(['指标', '分值', '得分', '扣分原因'], [26, 10, 10, 54], lost, null)]
      : [bodyParagraph('各项指标均得满分。')]),
    headingParagraph('三、发现问题', 1),
    ...(notes.length
      ? notes.map(([indicator, note], index) => bodyParagraph(`${index + 1}.${indicator}：${note}`))
      : [bodyParagraph('评价中未记录问题。')]),
    headingParagraph('四、排名情况', 1),
    officialTable(
      ['排名', '单位', '总分'],
      [20, 50, 30],
      ranking.map((entry) => [String(entry.rank ?? '—'), input.unitNames.get(entry.unitId) ?? entry.unitId, formatHundredths(entry.total)]),
      null,
    ),
    closingSentenceParagraph(),
    ...signatureParagraphs(input.issuer, officialDate(input.reportedOn)),
  ];
  return packOfficialDocument(title, body);
}

function chartParagraph(chart: ChartImage): Paragraph {
  const transformation = { width: CHART_WIDTH, height: Math.round((CHART_WIDTH * chart.height) / chart.width) };
  const image =
    chart.type === 'png'
      ? new ImageRun({ type: 'png', data: chart.data, transformation })
      : new ImageRun({ type: 'svg', data: chart.data, fallback: { type: 'png', data: chart.fallback }, transformation });
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [image] });
}
