import { describe, expect, it } from 'vitest';

import { SEED, seedBytes, seedFileName } from '../../test/fixtures/seeds';
import { splitItem, updateItem } from './edit-checklist';
import { importPolicyFile } from './import-policy-file';
import { importWarnings } from './import-warnings';
import { parsePolicyText } from './parse-policy-text';

const importSeed = async (name: string) => (await importPolicyFile(seedBytes(name), seedFileName(name))).documents;

describe('importWarnings: what a reviewer should look at', () => {
  it('finds nothing to flag in seed 000, where every measure has owners and every line is read', async () => {
    const [document] = await importSeed(SEED.luoyang2021);
    expect(importWarnings(document!)).toEqual([]);
  });

  it('flags 002’s 办税便利化 measures whose owners the text never states, and no short table labels', async () => {
    const plan = (await importSeed(SEED.luoyang2017)).find((document) => document.title.includes('办税便利化'))!;
    const warnings = importWarnings(plan);
    expect(warnings.map((warning) => warning.kind)).toEqual(['noOwner', 'noOwner', 'noOwner', 'noOwner', 'noOwner']);
    const first = plan.items.find((item) => item.id === warnings[0]!.itemId)!;
    expect(first.text).toMatch(/^扩大通办范围/);
    expect(warnings[0]!.line).toBe(first.source.line);
  });

  it('lists unparsed lines and misread owners of 004’s 全省 plan, and flags a fragment, an overlong measure and a duplicate made in review', async () => {
    const plan = (await importSeed(SEED.compilation2023)).find((document) => document.title.startsWith('关于印发全省 2023'))!;
    // What the reader got wrong in this plan is said, not hidden: a label, a cut name, a deadline tail.
    expect(importWarnings(plan).map((warning) => warning.message)).toEqual([
      '第 10 条的责任单位“责任单位”含有栏目名称',
      '第 19 条的责任单位“赣江新”结尾不像单位名称，可能被截断',
      '第 1337 行未解析：国家及省市营商环境政策汇编（2023）',
      '第 20 条的完成时限“前完成”不像时间',
      '第 23 条的责任单位“赣江新区工程建设项目审批制度改革领导小组办公室负责责”结尾不像单位名称，可能被截断',
    ]);
    const measure = plan.items.find((item) => item.kind === 'measure' && item.number === '1')!;
    const fragment = splitItem(plan.items, measure.id, measure.text.length - 3);
    expect(importWarnings({ ...plan, items: fragment }).map((warning) => warning.kind)).toContain('tooShort');
    const long = updateItem(plan.items, measure.id, { text: measure.text.repeat(10) });
    expect(importWarnings({ ...plan, items: long }).find((warning) => warning.kind === 'tooLong')?.message).toMatch(/^第 1 条长达 \d+ 字/);
    const second = plan.items.find((item) => item.kind === 'measure' && item.number === '2')!;
    const duplicate = updateItem(plan.items, second.id, { text: measure.text });
    expect(importWarnings({ ...plan, items: duplicate }).find((warning) => warning.kind === 'duplicate')?.message).toBe(
      '第 2 条与第 1 条内容相同',
    );
  });
});

/** A checklist with one planted defect per check of what was read (as a web copy of a work-points paper gives). */
const PLANTED = [
  '西川市发展和改革委员会',
  '',
  '一、深化审批改革',
  '1.推行企业投资项目容缺受理，先行开展技术审查。',
  '责任单位：市发展改革委、市自然资源和规划局。整改时限：持续推进',
  '2.规范中介服务收费，公布收费标准。市财政局、市',
  '3.推行信用承诺制，在准入环节全面应用。',
  '责任单位：市市场监管局',
  '完成时限：<span>2023年8月</span>&nbsp;',
  '4.开展银企对接活动。',
  '责任单位：人民银行西川市中心支行',
  '完成时限：视情况而定',
].join('\n');

describe('importWarnings: checks on what was read', () => {
  const parse = () => parsePolicyText(PLANTED, '西川市发展和改革委员会.txt', 'p');

  it('flags each planted defect at its item, and the title that is the issuer', () => {
    const document = { ...parse(), title: '西川市发展和改革委员会', issuer: '西川市发展和改革委员会' };
    const byKind = (kind: string) =>
      importWarnings(document)
        .filter((warning) => warning.kind === kind)
        .map((warning) => warning.message);
    expect(byKind('titleIsIssuer')).toEqual(['文件标题“西川市发展和改革委员会”与发文机关相同，可能把发文机关当成了标题']);
    expect(byKind('ownerTail')).toEqual(['第 2 条的正文以“市财政局、市”结尾，像是未识别的责任单位']);
    expect(byKind('markup')).toEqual(['第 3 条含有网页或排版残留“<span>”']);
    expect(byKind('deadlineText')).toEqual(['第 4 条的完成时限“视情况而定”不像时间']);
  });

  it('flags a unit name holding a label, a sentence or a cut end, however it got there', () => {
    const document = parse();
    const first = document.items.find((item) => item.number === '1')!;
    const glued = updateItem(document.items, first.id, {
      responsibleUnits: ['市发展改革委', '市自然资源和规划局。整改时限：持续推进', '市住房'],
    });
    const messages = importWarnings({ ...document, items: glued })
      .filter((warning) => warning.kind === 'unitName')
      .map((warning) => warning.message);
    expect(messages).toEqual([
      '第 1 条的责任单位“市自然资源和规划局。整改时限：持续推进”含有栏目名称',
      '第 1 条的责任单位“市住房”结尾不像单位名称，可能被截断',
    ]);
  });

  it('reads the label after the unit list as the deadline, so the parsed item itself is clean', () => {
    const first = parse().items.find((item) => item.number === '1')!;
    expect([first.responsibleUnits, first.deadline?.text]).toEqual([['市发展改革委', '市自然资源和规划局'], '持续推进']);
  });

  it('marks owners taken from a convention or a continuation, and drops the mark once the reviewer sets them', () => {
    const document = parsePolicyText(
      '一、任务\n1．推行企业开办一日办结。（区市场监管局、区税务局，2023年6月底前）\n说明：排在第一位的单位为牵头单位。',
      'a.txt',
      'c',
    );
    const measure = document.items.find((item) => item.kind === 'measure')!;
    expect([measure.leadUnits, measure.readAs, document.conventions]).toEqual([
      ['区市场监管局'],
      { owners: 'convention' },
      ['已按文件说明：排在第一位的为牵头单位'],
    ]);
    expect(importWarnings(document).map((warning) => warning.message)).toEqual(['第 1 条的责任单位按文件说明推定，请确认']);
    const confirmed = updateItem(document.items, measure.id, { leadUnits: ['区市场监管局'] });
    expect(importWarnings({ ...document, items: confirmed })).toEqual([]);
  });
});
