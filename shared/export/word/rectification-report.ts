// The rectification report (整改报告) for one unit, laid out like seed 003 and to GB/T 9704-2012.
import { Document, Packer, type Paragraph } from 'docx';
import type { Finding, PolicyDocument, Unit } from '../../domain/types';
import type { UnitScore } from '../../scoring/checklist-score';
import { formatHundredths } from '../../scoring/exact';
import { bodyParagraph, headingParagraph, labelledParagraph, officialDate, officialSection, signatureParagraphs, titleParagraphs } from './official-layout';

export type RectificationReportInput = {
  document: PolicyDocument;
  evaluationName: string;
  unit: Unit;
  score: UnitScore;
  findings: Finding[];
  /** Date of the report, ISO (YYYY-MM-DD). */
  reportedOn: string;
};

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

/**
 * Builds the .docx. Input: the policy document, evaluation name, the unit, its score and its
 * findings, and the report date. Output: the file's bytes. Structure (seed 003): title; an
 * opening paragraph; 一、总体情况 (counts and rate); 二、存在问题及整改措施 with one （一）… per
 * section that has findings — 主要问题 (一是…；二是…), 整改目标, 整改措施 (1、…), 责任单位,
 * 完成时限; 三、工作要求; the unit's name and the date. Layout: GB/T 9704-2012 (official-layout.ts).
 */
export async function buildRectificationReport(input: RectificationReportInput): Promise<Uint8Array> {
  const document = new Document({
    creator: 'Kaoping 考评',
    title: reportTitle(input),
    evenAndOddHeaderAndFooters: true,
    sections: [officialSection(reportBody(input))],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

export function reportTitle(input: Pick<RectificationReportInput, 'unit' | 'evaluationName'>): string {
  return `${input.unit.name}关于${input.evaluationName}发现问题的整改报告`;
}

function reportBody(input: RectificationReportInput): Paragraph[] {
  const { document, score, findings } = input;
  const basis = `《${document.title}》${document.docNumber ? `（${document.docNumber}）` : ''}`;
  const paragraphs: Paragraph[] = [
    ...titleParagraphs(reportTitle(input)),
    bodyParagraph(`根据${basis}和${input.evaluationName}的安排，评价组对${input.unit.name}落实各项改革举措的情况进行了检查。现将检查发现的问题及整改措施报告如下。`),
    headingParagraph('一、总体情况', 1),
    bodyParagraph(summarySentence(score)),
    headingParagraph('二、存在问题及整改措施', 1),
  ];
  const bySection = groupBySection(findings);
  if (bySection.length === 0) paragraphs.push(bodyParagraph('本次评价未发现需要整改的问题。'));
  bySection.forEach(([section, sectionFindings], index) => {
    paragraphs.push(headingParagraph(`（${CHINESE_ORDINALS[index] ?? index + 1}）${section}`, 2));
    paragraphs.push(labelledParagraph('主要问题：', problemsSentence(sectionFindings)));
    paragraphs.push(labelledParagraph('整改目标：', `对照${basis}要求，按期全面落实${section}相关改革举措，做到问题清零、销号管理。`));
    paragraphs.push(labelledParagraph('整改措施：', ''));
    sectionFindings.forEach((finding, measureIndex) => {
      const note = finding.note ? `针对“${finding.note}”，` : '';
      paragraphs.push(bodyParagraph(`${measureIndex + 1}、${finding.measureTitle}。${note}对照要求逐项补齐短板：${finding.measureText}`));
    });
    paragraphs.push(labelledParagraph('责任单位：', ownersOf(sectionFindings)));
    paragraphs.push(labelledParagraph('完成时限：', deadlinesOf(sectionFindings)));
  });
  paragraphs.push(
    headingParagraph('三、工作要求', 1),
    bodyParagraph('各责任单位要建立整改台账，实行清单式管理、滚动式销号，明确责任人和完成时限，按期报送整改进展；整改完成后提交佐证材料，经核实后予以销号。'),
    ...signatureParagraphs(input.unit.name, officialDate(input.reportedOn)),
  );
  return paragraphs;
}

function summarySentence(score: UnitScore): string {
  const { counts } = score;
  const rate = score.rate === null ? '无适用措施' : `${formatHundredths(score.rate)}%`;
  const rank = score.rank === null ? '' : `，在参评单位中排名第${score.rank}位`;
  return `本次共检查改革举措${counts.implemented + counts.partial + counts.notImplemented + counts.notApplicable + counts.unscored}项，其中落实${counts.implemented}项、部分落实${counts.partial}项、未落实${counts.notImplemented}项、不适用${counts.notApplicable}项、未评${counts.unscored}项，落实率${rate}${rank}。`;
}

function groupBySection(findings: Finding[]): Array<[string, Finding[]]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = groups.get(finding.sectionTitle) ?? [];
    list.push(finding);
    groups.set(finding.sectionTitle, list);
  }
  return [...groups.entries()];
}

/** 一是…；二是…。 as seed 003 writes its 主要问题. */
function problemsSentence(findings: Finding[]): string {
  const parts = findings.map((finding, index) => {
    const state = finding.status === 'partial' ? '落实不到位' : '尚未落实';
    return `${CHINESE_ORDINALS[index] ?? index + 1}是“${finding.measureTitle}”${state}${finding.note ? `（${finding.note}）` : ''}`;
  });
  return `${parts.join('；')}。`;
}

function ownersOf(findings: Finding[]): string {
  const names = new Set(findings.flatMap((finding) => [...finding.leadUnits, ...finding.responsibleUnits]));
  return names.size > 0 ? [...names].join('、') : '（未列明）';
}

function deadlinesOf(findings: Finding[]): string {
  const texts = new Set(findings.map((finding) => finding.deadline?.text).filter((text): text is string => Boolean(text)));
  return texts.size > 0 ? [...texts].join('、') : '（未列明）';
}

