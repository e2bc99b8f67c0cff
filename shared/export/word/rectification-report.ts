// The rectification report (整改报告) per unit and consolidated for an evaluation, in the structure
// such plans use and laid out to GB/T 9704-2012 (docs/gbt-9704.md): 文号, title, 主送, body per area,
// 工作要求, 附件说明, 署名 and 成文日期, then the ledger as an attachment on a new page.
import { AlignmentType, Paragraph } from 'docx';

import type { Deadline, Finding, PolicyDocument, Unit } from '../../domain/types';
import { formatHundredths } from '../../numbers/exact';
import { conciseMeasureSentence, concisePolicyReference } from '../../rectification/concise-measure';
import type { UnitScore } from '../../scoring/checklist-score';
import {
  attachmentHeading,
  attachmentNoteParagraphs,
  blankLine,
  bodyParagraph,
  chineseRun,
  closingSentenceParagraph,
  FONTS,
  headingParagraph,
  labelledParagraph,
  officialDate,
  signatureParagraphs,
  titleParagraphs,
} from './official-layout';
import { officialTable } from './official-table';
import { packOfficialDocument, type ReportBlock } from './pack-official';
import { consolidatedReportTitle, rectificationReportTitle } from './report-title';

export type UnitFindings = { unit: Unit; score: UnitScore; findings: Finding[] };

export type ReportOptions = {
  /** 发文字号 of the report, e.g. 涧西营商办〔2026〕3号; omitted when empty. */
  docNumber?: string;
  /** 主送机关, e.g. 区优化营商环境工作领导小组办公室. */
  recipient?: string;
  /** 发文机关署名: the signing office, never a person; defaults to the unit (or, consolidated, 评价组). */
  issuer?: string;
};

export type RectificationReportInput = UnitFindings &
  ReportOptions & {
    document: PolicyDocument;
    evaluationName: string;
    /** 成文日期 of the report, ISO (YYYY-MM-DD), chosen at export. */
    reportedOn: string;
  };

export type ConsolidatedReportInput = ReportOptions & {
  document: PolicyDocument;
  evaluationName: string;
  units: UnitFindings[];
  reportedOn: string;
};

const CHINESE_ORDINALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
];
const ordinal = (index: number): string => CHINESE_ORDINALS[index] ?? String(index + 1);

/**
 * One unit's report. Output: .docx bytes. Structure: 文号 line, title, 主送, opening
 * paragraph; 一、总体情况; 二、存在问题及整改措施 with （一）… per area — 主要问题 (一是…；二是…),
 * 整改目标, 整改措施 (1、 the measure's own sentence, then one 依据 line), 责任单位, 完成时限;
 * 三、工作要求; then in GB/T 9704 order 附件说明, 发文机关署名, 成文日期; then, on a new page, 附件
 * 整改台账 as a table (header repeated, no row split, areas merged). Throws Error (zh-CN) for an
 * invalid reportedOn.
 */
export async function buildRectificationReport(input: RectificationReportInput): Promise<Uint8Array> {
  const parts = rectificationReportParts(input);
  return pack(
    parts.title,
    [...headParagraphs(parts.title, input), ...parts.body, ...signatureParagraphs(parts.issuer, officialDate(input.reportedOn))],
    parts.annex,
  );
}

/**
 * The parts of a unit's report, for the built-in layout and for an office's own template: the
 * body ends with its 附件说明; the 署名 and date go after it, the annex (new page) after them.
 */
export type ReportParts = { title: string; body: Paragraph[]; annex: ReportBlock[]; issuer: string };

export function rectificationReportParts(input: RectificationReportInput): ReportParts {
  const body = [
    bodyParagraph(
      `根据${basisOf(input.document)}和${input.evaluationName}的安排，评价组对${input.unit.name}落实各项改革举措的情况进行了检查。现将检查发现的问题及整改措施报告如下。`,
    ),
    headingParagraph('一、总体情况', 1),
    bodyParagraph(summarySentence(input.score)),
    headingParagraph('二、存在问题及整改措施', 1),
    ...areaParagraphs(input.findings, input.document, 2),
    ...requirementParagraphs('三'),
    ...attachmentNoteParagraphs(input.findings.length > 0 ? [LEDGER_ANNEX_TITLE] : []),
  ];
  return {
    title: reportTitle(input),
    body,
    annex: input.findings.length > 0 ? ledgerAnnex(input.findings, input.document, false) : [],
    issuer: input.issuer?.trim() || input.unit.name,
  };
}

/**
 * The consolidated report for an evaluation: totals and ranks of every unit, then per unit
 * （一）涧西区… with its areas, one 附件 table for all units (unit and area merged down).
 */
export async function buildConsolidatedReport(input: ConsolidatedReportInput): Promise<Uint8Array> {
  const title = consolidatedReportTitle(input.evaluationName);
  const all = input.units.flatMap((entry) => entry.findings);
  const ranked = [...input.units].sort((a, b) => (a.score.rank ?? Infinity) - (b.score.rank ?? Infinity));
  const body = [
    ...headParagraphs(title, input),
    bodyParagraph(
      `根据${basisOf(input.document)}，${input.evaluationName}对${input.units.length}个单位落实各项改革举措的情况进行了检查，共发现问题${all.length}个。现将有关情况报告如下。`,
    ),
    headingParagraph('一、总体情况', 1),
    bodyParagraph(
      ranked
        .map(
          (entry) =>
            `${entry.unit.name}落实率${entry.score.rate === null ? '—' : `${formatHundredths(entry.score.rate)}%`}，排名第${entry.score.rank ?? '—'}位`,
        )
        .join('；') + '。',
    ),
    headingParagraph('二、存在问题及整改措施', 1),
  ];
  input.units.forEach((entry, index) => {
    body.push(headingParagraph(`（${ordinal(index)}）${entry.unit.name}`, 2));
    body.push(...areaParagraphs(entry.findings, input.document, 3));
  });
  body.push(...requirementParagraphs('三'), ...attachmentNoteParagraphs(all.length > 0 ? [LEDGER_ANNEX_TITLE] : []));
  body.push(...signatureParagraphs(input.issuer?.trim() || '评价组', officialDate(input.reportedOn)));
  return pack(title, body, all.length > 0 ? ledgerAnnex(all, input.document, true) : []);
}

/** The unit report's title (report-title.ts: no doubled words). */
export function reportTitle(input: { unit: Unit; evaluationName: string }): string {
  return rectificationReportTitle(input.unit.name, input.evaluationName);
}

/** The name of the ledger attachment, in the 附件说明 and on the attachment's first page. */
const LEDGER_ANNEX_TITLE = '整改台账';

function pack(title: string, body: Paragraph[], annex: ReportBlock[]): Promise<Uint8Array> {
  return packOfficialDocument(title, [...body, ...annex]);
}

function basisOf(document: PolicyDocument): string {
  return `《${document.title}》${document.docNumber ? `（${document.docNumber}）` : ''}`;
}

function headParagraphs(title: string, options: ReportOptions): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (options.docNumber?.trim())
    paragraphs.push(
      new Paragraph({ alignment: AlignmentType.CENTER, children: [chineseRun(options.docNumber.trim(), { font: FONTS.body })] }),
      blankLine(),
    );
  paragraphs.push(...titleParagraphs(title));
  if (options.recipient?.trim())
    paragraphs.push(new Paragraph({ children: [chineseRun(`${options.recipient.trim().replace(/[：:]$/, '')}：`, { font: FONTS.body })] }));
  return paragraphs;
}

/** Per area: （一）area or, nested in a consolidated report, 1. area — then its five parts. */
function areaParagraphs(findings: Finding[], document: PolicyDocument, level: 2 | 3): Paragraph[] {
  const groups = groupBySection(findings);
  if (groups.length === 0) return [bodyParagraph('本次评价未发现需要整改的问题。')];
  return groups.flatMap(([section, sectionFindings], index) => [
    headingParagraph(level === 2 ? `（${ordinal(index)}）${section}` : `${index + 1}.${section}`, level),
    labelledParagraph('主要问题：', problemsSentence(sectionFindings)),
    labelledParagraph('整改目标：', `按期全面落实${section}相关改革举措，做到问题清零、销号管理。`),
    labelledParagraph('整改措施：', ''),
    ...sectionFindings.flatMap((finding, measureIndex) => [
      bodyParagraph(`${measureIndex + 1}、${measureOf(finding)}`),
      bodyParagraph(`依据：${concisePolicyReference(document, finding.itemId)}`),
    ]),
    labelledParagraph('责任单位：', ownersOf(sectionFindings)),
    ...personsOf(sectionFindings),
    labelledParagraph('完成时限：', deadlinesOf(sectionFindings)),
  ]);
}

function requirementParagraphs(number: string): Paragraph[] {
  return [
    headingParagraph(`${number}、工作要求`, 1),
    bodyParagraph(
      '各责任单位要建立整改台账，实行清单式管理、滚动式销号，明确责任人和完成时限，按期报送整改进展；整改完成后提交佐证材料，经核实后予以销号。',
    ),
    closingSentenceParagraph(),
  ];
}

/** 附件: on a new page, "附件" in 黑体 flush left, the title centred, the ledger table. */
function ledgerAnnex(findings: Finding[], document: PolicyDocument, withUnit: boolean): ReportBlock[] {
  const headers = withUnit
    ? ['序号', '单位', '领域', '问题描述', '整改措施', '责任单位', '完成时限']
    : ['序号', '领域', '问题描述', '整改措施', '责任单位', '完成时限'];
  const widths = withUnit ? [6, 10, 14, 22, 24, 14, 10] : [6, 14, 26, 26, 16, 12];
  const rows = findings.map((finding, index) => [
    String(index + 1),
    ...(withUnit ? [finding.unitName] : []),
    finding.sectionTitle,
    finding.ledger?.problem ?? `“${finding.measureTitle}”${statusWords(finding)}${finding.note ? `：${finding.note}` : ''}`,
    `${measureOf(finding)}（依据：${concisePolicyReference(document, finding.itemId)}）`,
    unitsOf(finding).join('、'),
    deadlineOf(finding)?.text ?? '',
  ]);
  return [...attachmentHeading(LEDGER_ANNEX_TITLE, null), officialTable(headers, widths, rows, 1)];
}

function summarySentence(score: UnitScore): string {
  const { counts } = score;
  const rate = score.rate === null ? '无适用措施' : `${formatHundredths(score.rate)}%`;
  const rank = score.rank === null ? '' : `，在参评单位中排名第${score.rank}位`;
  return `本次共检查改革举措${counts.implemented + counts.partial + counts.notImplemented + counts.notApplicable + counts.unscored}项，其中落实${counts.implemented}项、部分落实${counts.partial}项、未落实${counts.notImplemented}项、不适用${counts.notApplicable}项、未评${counts.unscored}项，落实率${rate}${rank}。`;
}

function groupBySection(findings: Finding[]): Array<[string, Finding[]]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.sectionTitle, [...(groups.get(finding.sectionTitle) ?? []), finding]);
  return [...groups.entries()];
}

/** 一是…；二是…。 as rectification plans write their 主要问题. */
function problemsSentence(findings: Finding[]): string {
  return `${findings.map((finding, index) => `${ordinal(index)}是${finding.ledger?.problem.replace(/[。；;]+$/, '') ?? `“${finding.measureTitle}”${statusWords(finding)}${finding.note ? `（${finding.note}）` : ''}`}`).join('；')}。`;
}

function statusWords(finding: Finding): string {
  return finding.status === 'partial' ? '落实不到位' : '尚未落实';
}

/** 整改措施 of a finding: the ledger's when it is in the ledger and says one, else the measure's own sentence. */
function measureOf(finding: Finding): string {
  return finding.ledger?.measures.trim() || conciseMeasureSentence(finding);
}

/** 责任单位 of a finding: the ledger's when it is in the ledger, else the measure's lead and responsible units. */
function unitsOf(finding: Finding): string[] {
  return finding.ledger ? finding.ledger.responsibleUnits : [...finding.leadUnits, ...finding.responsibleUnits];
}

/** 完成时限 of a finding: the ledger's when it is in the ledger, else the document's. */
function deadlineOf(finding: Finding): Deadline | null {
  return finding.ledger ? finding.ledger.deadline : finding.deadline;
}

/** 责任人 of a finding: the ledger's when it is in the ledger, else the one the measure names (if any). */
function personOf(finding: Finding): string | null | undefined {
  return finding.ledger ? finding.ledger.owner : finding.owner;
}

function ownersOf(findings: Finding[]): string {
  const names = new Set(findings.flatMap(unitsOf));
  return names.size > 0 ? [...names].join('、') : '（未列明）';
}

/** 责任人 of an area, when its measures or ledger items name them (some plans name one per area). */
function personsOf(findings: Finding[]): Paragraph[] {
  const names = [...new Set(findings.map(personOf).filter((name): name is string => Boolean(name)))];
  return names.length > 0 ? [labelledParagraph('责任人：', names.join('、'))] : [];
}

function deadlinesOf(findings: Finding[]): string {
  const texts = new Set(findings.map((finding) => deadlineOf(finding)?.text).filter((text): text is string => Boolean(text)));
  return texts.size > 0 ? [...texts].join('、') : '（未列明）';
}
