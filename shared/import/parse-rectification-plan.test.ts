import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { SEED, seedBytes, seedFileName } from '../../test/fixtures/seeds';
import { importPolicyFile } from './import-policy-file';

const plan = async (bytes: Uint8Array, name: string) => (await importPolicyFile(bytes, name)).documents[0]!.findings;

describe('rectification plans (seed 003)', () => {
  it('gives one finding per area with its problems, targets and measures, owners applying to the measures above them', async () => {
    const findings = await plan(seedBytes(SEED.gaoxin2022), SEED.gaoxin2022);
    expect(findings.map((finding) => finding.area)).toEqual([
      '商事登记',
      '项目建设',
      '政务服务',
      '市场监管',
      '创新驱动',
      '产业生态',
      '人才资源',
      '开放水平',
    ]);
    expect(findings.flatMap((finding) => finding.measures)).toHaveLength(26);
    const [registration, , services] = findings;
    // 主要问题：一是企业开办流程仍需优化；二是“证照联办”工作尚未部署到位；三是…；四是…
    expect(registration!.problems).toEqual([
      '企业开办流程仍需优化',
      '“证照联办”工作尚未部署到位',
      '电子证照应用仍需深化',
      '企业注销服务水平有待提升',
    ]);
    expect(registration!.targets[0]).toMatch(/^优化线上办事平台功能，加大电子印章发放/);
    // One owner block after four measures covers all four.
    expect(registration!.measures.map((measure) => [measure.responsibleUnits, measure.owner, measure.deadline?.text])).toEqual(
      Array(4).fill([['涧西区市场监督管理局'], '徐娟', '长期']),
    );
    // 政务服务: a block after measures 1–2, another after 3 with six units and six people.
    expect(services!.measures.map((measure) => measure.owner)).toEqual(['杨艳敏', '杨艳敏', '任园园、李晓光、郭兰、郭震、常鸣、杨艳敏']);
    expect(services!.measures[2]!.responsibleUnits).toEqual([
      '经济运行部',
      '规划建设部',
      '财政金融部',
      '贸易促进部',
      '科技创新部',
      '自贸综合服务中心',
    ]);
    expect(services!.measures[2]!.deadline).toEqual({ text: '2022年12月底前', date: '2022-12-31' });
    expect(services!.measures[0]!.text).toMatch(/^加强“好差评”的宣传推广。/);
  });

  it('reads the same findings from the GB18030 copy and from the PDF', async () => {
    const fromText = await plan(seedBytes(SEED.gaoxin2022), SEED.gaoxin2022);
    const essentials = (findings: typeof fromText) =>
      findings.map((finding) => ({
        area: finding.area,
        problems: finding.problems,
        measures: finding.measures.map((measure) => [measure.responsibleUnits, measure.owner, measure.deadline]),
      }));
    expect(essentials(await plan(seedBytes(SEED.gaoxin2022Gb18030), seedFileName(SEED.gaoxin2022Gb18030)))).toEqual(essentials(fromText));
    const pdf = new Uint8Array(readFileSync(join(import.meta.dirname, '../../test/fixtures/pdf/003_洛开〔2022〕19号.pdf')));
    expect(essentials(await plan(pdf, '003.pdf'))).toEqual(essentials(fromText));
  });

  it('reads the plan’s title set over four lines, the issuer on the first and 通 知 spaced', async () => {
    const [document] = (await importPolicyFile(seedBytes(SEED.gaoxin2022), SEED.gaoxin2022)).documents;
    expect(document!.title).toBe(
      '洛阳高新区（自贸区洛阳片区、综保区）管委会关于印发《洛阳高新区（自贸区洛阳片区、综保区）营商环境评价整改提升方案》的通知',
    );
  });

  it('finds nothing in documents that are not rectification plans', async () => {
    expect(await plan(seedBytes(SEED.luoyang2021), SEED.luoyang2021)).toEqual([]);
  });
});

describe('owner lines of a rectification plan', () => {
  // Written for this test: 牵头/责任/配合 on lines of their own, and a 责任单位 line with role words.
  const text = [
    '某区营商环境问题整改方案',
    '一、问题及措施',
    '（一）办税等候时间长',
    '存在问题：高峰时段排队超过一小时。',
    '整改措施：',
    '1．增设自助办税终端。',
    '责任单位：区税务局',
    '配合单位：区政务服务中心',
    '完成时限：2026年8月底前',
    '2．推行预约办税。',
    '牵头单位：区税务局',
    '责任单位：区数据局、各街道办事处',
    '完成时限：2026年10月31日',
    '3．公开等候时长。',
    '责任单位：区政务服务中心牵头，区税务局配合',
    '完成时限：长期坚持',
  ].join('\n');

  it('reads each line on its own, lead first, a line never running into the next', async () => {
    const findings = await plan(new TextEncoder().encode(text), '整改方案.txt');
    expect(findings.map((finding) => finding.measures.map((measure) => measure.responsibleUnits))).toEqual([
      [
        ['区税务局', '区政务服务中心'],
        ['区税务局', '区数据局', '各街道办事处'],
        ['区政务服务中心', '区税务局'],
      ],
    ]);
    expect(findings[0]!.measures.map((measure) => measure.deadline?.date ?? measure.deadline?.text)).toEqual([
      '2026-08-31',
      '2026-10-31',
      '长期坚持',
    ]);
  });
});
