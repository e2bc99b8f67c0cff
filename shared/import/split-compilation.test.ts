import { describe, expect, it } from 'vitest';

import { SEED, seedBytes } from '../../test/fixtures/seeds';
import { importPolicyFile } from './import-policy-file';
import { splitCompilation } from './split-compilation';

const text = (name: string) => new TextDecoder().decode(seedBytes(name));
const counts = (items: Array<{ kind: string }>) =>
  items.reduce<Record<string, number>>((tally, item) => ({ ...tally, [item.kind]: (tally[item.kind] ?? 0) + 1 }), {});

describe('splitCompilation', () => {
  it('splits seed 002 into the notice and the five plans it names in 《》', () => {
    const parts = splitCompilation(text(SEED.luoyang2017));
    expect(parts.map((part) => part.title)).toEqual([
      null,
      '洛阳市2017年“放管服”改革投资项目审批专项实施方案',
      '洛阳市2017年“放管服”改革涉企事项专项实施方案',
      '洛阳市2017年“放管服”改革办税便利化专项实施方案',
      '洛阳市2017年“放管服”改革民生服务专项实施方案',
      '洛阳市2017年“放管服”改革“互联网+政务服务”专项实施方案',
    ]);
    expect(parts.slice(1).every((part) => part.issuedByNotice)).toBe(true);
  });

  it('splits seed 004 at every address line: title cleaned of numbering, stray spaces and its date; region headings left out', () => {
    const parts = splitCompilation(text(SEED.compilation2023));
    expect(parts).toHaveLength(23);
    expect(parts[0]).toMatchObject({
      title: '湖北省人民政府办公厅关于加快建设高质量人力资源市场体系的实施意见',
      issuedOn: '2023-05-17',
      url: 'http://www.hubei.gov.cn/zfwj/ezbf/202306/t20230605_4696304.shtml',
    });
    // <…> around an address is not part of it.
    expect(parts.find((part) => part.title?.startsWith('荆州市'))?.url).toBe(
      'http://zwfwhdsj.jingzhou.gov.cn/spge/202306/P020230629612280990159.pdf',
    );
    // The 湖北 part ends before “（二）湖南”, which heads the next group, not a measure of it.
    const lastOfHubei = parts.find((part) => part.title?.startsWith('黄冈市'))!;
    expect(lastOfHubei.text.trimEnd().split('\n').at(-1)).not.toMatch(/湖南/);
  });

  it('leaves a single document whole', () => {
    expect(splitCompilation(text(SEED.luoyang2021))).toEqual([
      { text: text(SEED.luoyang2021), title: null, url: null, issuedOn: null, lineOffset: 0, issuedByNotice: false },
    ]);
  });
});

describe('importing a file of several documents', () => {
  it('gives seed 002’s five plans, each under the notice’s 文号, issuer and date, with owners from trailing brackets', async () => {
    const { documents } = await importPolicyFile(seedBytes(SEED.luoyang2017), SEED.luoyang2017);
    expect(documents).toHaveLength(5);
    for (const document of documents)
      expect({ docNumber: document.docNumber, issuer: document.issuer, issuedOn: document.issuedOn }).toEqual({
        docNumber: '洛政办〔2017〕89号',
        issuer: '洛阳市人民政府办公室',
        issuedOn: '2017-09-28',
      });
    const [investment, , , livelihood] = documents;
    // 三、主要任务 (一)–(五); the numbered 工作要求 stay sections.
    expect(investment!.items.filter((item) => item.kind === 'measure').map((item) => item.title)).toEqual([
      '清理规范整合投资项目审批事项',
      '复制推广企业投资项目承诺制改革试点经验',
      '简化政府投资项目审批管理',
      '完善政府投资项目代建制',
      '全面推行网上并联审批',
    ]);
    // （市编办牵头负责，各县（市、区）和市政府各部门、直属事业单位分别负责）
    const certificates = livelihood!.items.find((item) => item.title === '提出清理规范各类证明的意见')!;
    expect(certificates.leadUnits).toEqual(['市编办']);
    expect(certificates.responsibleUnits).toEqual(['各县（市、区）', '市政府各部门', '直属事业单位']);
    // （市发展改革委牵头负责，洛阳供电公司、市统计局、市环保局按职责分工负责）
    const power = livelihood!.items.find((item) => item.title === '推进大用户电力直接交易')!;
    expect([power.leadUnits, power.responsibleUnits]).toEqual([['市发展改革委'], ['洛阳供电公司', '市统计局', '市环保局']]);
  });

  it('reads 002’s before/after table (项目/优化措施/优化前/优化后/压缩比例): 优化措施 as the measure under its 项目, the other columns kept as details', async () => {
    const { documents } = await importPolicyFile(seedBytes(SEED.luoyang2017), SEED.luoyang2017);
    const tax = documents.find((document) => document.title.includes('办税便利化'))!;
    const row7 = tax.items.find((item) => item.source.tableRow !== undefined && item.number === '7')!;
    expect(tax.items.find((item) => item.id === row7.parentId)!.title).toBe('网上申领发票');
    expect(row7).toMatchObject({
      text: '推进发票领用“网上申领、线下配送”',
      responsibleUnits: ['市国税局'],
      deadline: { text: '2017年9月底', date: '2017-09-30' },
    });
    expect(row7.details).toEqual([
      { label: '优化前', value: '到税务机关现场申领发票' },
      { label: '优化后', value: '纳税人网上申领发票,并可委托第三方送递,减少路途和等候时间' },
      { label: '压缩比例', value: '时间压缩 60%' },
    ]);
  });

  it('gives seed 004’s 23 documents with their 文号 and addresses, flat 九条措施 as measures, and the 评分细则 found for the rubric importer', async () => {
    const { documents, rubrics } = await importPolicyFile(seedBytes(SEED.compilation2023), SEED.compilation2023);
    expect(documents).toHaveLength(23);
    const hubei = documents[0]!;
    expect({ docNumber: hubei.docNumber, issuedOn: hubei.issuedOn, url: hubei.url }).toEqual({
      docNumber: '鄂政办发〔2023〕15号',
      issuedOn: '2023-05-17',
      url: 'http://www.hubei.gov.cn/zfwj/ezbf/202306/t20230605_4696304.shtml',
    });
    const huanggang = documents.find((document) => document.title === '黄冈市人民政府办公室关于印发黄冈市优化提升营商环境九条措施的通知')!;
    expect(counts(huanggang.items)).toEqual({ measure: 9 });
    // 一、便利市场主体准入退出……（牵头单位：市市场监管局，责任单位：市直相关部门，各县市区人民政府、功能区管委会）
    const jingzhou = documents.find((document) => document.title === '荆州市深化数字赋能优化营商环境十条措施')!;
    expect(counts(jingzhou.items)).toEqual({ measure: 10 });
    expect(jingzhou.items[0]).toMatchObject({
      title: '便利市场主体准入退出',
      leadUnits: ['市市场监管局'],
      responsibleUnits: ['市直相关部门', '各县市区人民政府', '功能区管委会'],
    });
    expect(jingzhou.items[0]!.text.endsWith('简化企业注销、歇业等手续。')).toBe(true);
    expect(rubrics).toEqual([
      {
        title: '2023 年度“办理建筑许可”营商环境部门评分细则',
        documentTitle: '关于印发全省 2023 年度深化工程建设项目审批制度改革提升“办理建筑许可”营商环境工作方案的通知',
        line: expect.any(Number),
      },
    ]);
    // Source lines count from the top of the file.
    expect(new TextDecoder().decode(seedBytes(SEED.compilation2023)).split('\n')[jingzhou.items[0]!.source.line - 1]).toMatch(
      /^一、便利市场主体准入退出/,
    );
  });

  it('reads a plan issued as the notice’s 附件 (004, 全省…工作方案): its numbered body, not the notice’s attachment list', async () => {
    const { documents } = await importPolicyFile(seedBytes(SEED.compilation2023), SEED.compilation2023);
    const plan = documents.find((document) => document.title.startsWith('关于印发全省 2023 年度深化工程建设项目审批制度改革'))!;
    const bodyTasks = plan.items.filter((item) => item.kind === 'task' && item.source.tableRow === undefined);
    expect(bodyTasks.map((item) => item.number)).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 1)));
    expect(bodyTasks[0]).toMatchObject({ title: '统一清单和规范', leadUnits: ['省政务服务办', '省住房城乡建设厅'] });
    // 附件：1. …工作方案 / 2. …任务台账 / 3. …评分细则 name the attachments; they are not items.
    expect(plan.items.some((item) => /评分细则|任务台账/.test(item.title))).toBe(false);
    const jian = documents.find((document) => document.docNumber === '吉市工改字〔2023〕10号')!;
    expect(jian.items.find((item) => item.title === '高水平区域评估')!.responsibleUnits).toEqual([
      '市自然资源局',
      '市生态环境局',
      '市水利局',
      '市文广新旅局',
      '市气象局',
      '市应急局',
      '市林业局',
      '部门',
    ]);
  });

  it('reads the 任务台账 ledger without a 序号 column (主要工作/具体内容/改革举措): 26 measures numbered by their （n）, each under its body task', async () => {
    const { documents } = await importPolicyFile(seedBytes(SEED.compilation2023), SEED.compilation2023);
    const plan = documents.find((document) => document.title.startsWith('关于印发全省 2023 年度深化工程建设项目审批制度改革'))!;
    const byId = new Map(plan.items.map((item) => [item.id, item]));
    const ledger = plan.items.filter((item) => item.source.tableRow !== undefined);
    expect(ledger.map((item) => item.number)).toEqual(Array.from({ length: 26 }, (_, i) => String(i + 1)));
    const parentOf = (number: string) => byId.get(ledger.find((item) => item.number === number)!.parentId!)!.title;
    expect([parentOf('1'), parentOf('3'), parentOf('4')]).toEqual(['统一清单和规范', '统一清单和规范', '统一中介服务管理']);
    // Row (12) was split by a page break (7. 分类优 / 化精简审批环节): it still lands under task 7.
    expect([parentOf('12'), parentOf('14'), parentOf('26')]).toEqual(['分类优化精简审批环节', '分类优化精简审批环节', '完善分类监管机制']);
    // Owners standing on a line of their own continue the row above.
    expect(ledger.find((item) => item.number === '5')).toMatchObject({
      leadUnits: ['省自然资源厅'],
      deadline: { text: '2023年12月底前完成', date: '2023-12-31' },
    });
    // The 评分细则 after the ledger (附件 3) is neither a row nor an unparsed line; a running page header that varies is shown.
    expect(ledger.some((item) => item.text.includes('基础分'))).toBe(false);
    expect(plan.unparsedLines.map((line) => line.text)).toEqual(['国家及省市营商环境政策汇编（2023）']);
  });

  it('says a file that is only a rubric belongs in the indicator-system importer', async () => {
    const lines = new TextDecoder().decode(seedBytes(SEED.compilation2023)).split('\n');
    const header = lines.findIndex((line) => /^类别\t指标/.test(line));
    const bytes = new TextEncoder().encode(lines.slice(header - 2, header + 60).join('\n'));
    await expect(importPolicyFile(bytes, '评分细则.txt')).rejects.toThrow('这是一份评分细则');
  });
});
