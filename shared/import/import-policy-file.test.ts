import { describe, expect, it } from 'vitest';

import { SEED, seedBytes, seedFileName } from '../../test/fixtures/seeds';
import type { ChecklistItem, PolicyDocument } from '../domain/types';
import { ImportError } from '../read/import-error';
import { importPolicyFile } from './import-policy-file';

async function importSeed(name: string): Promise<PolicyDocument> {
  const result = await importPolicyFile(seedBytes(name), seedFileName(name));
  expect(result.documents).toHaveLength(1);
  return result.documents[0]!;
}

function countKinds(items: ChecklistItem[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
  return counts;
}

function measureByText(document: PolicyDocument, fragment: string): ChecklistItem {
  const found = document.items.filter((item) => item.kind === 'measure' && item.text.includes(fragment));
  expect(found, fragment).toHaveLength(1);
  return found[0]!;
}

function parentTitle(document: PolicyDocument, item: ChecklistItem): string | undefined {
  return document.items.find((candidate) => candidate.id === item.parentId)?.title;
}

describe('seed 000 (洛政办〔2021〕39号): body measures and the annex 重点任务清单', () => {
  it('reads the document metadata', async () => {
    const document = await importSeed(SEED.luoyang2021);
    expect(document.title).toBe('洛阳市人民政府办公室关于印发洛阳市进一步优化营商环境更好服务市场主体若干措施的通知');
    expect(document.docNumber).toBe('洛政办〔2021〕39号');
    expect(document.issuer).toBe('洛阳市人民政府办公室');
    expect(document.issuedOn).toBe('2021-08-25');
    expect(document.printedOn).toBe('2021-09-01');
  });

  it('finds 6 sections, the 32 numbered measures as tasks, and the 53 annex rows as measures', async () => {
    const document = await importSeed(SEED.luoyang2021);
    expect(countKinds(document.items)).toEqual({ section: 6, task: 32, measure: 53 });
    const tasks = document.items.filter((item) => item.kind === 'task');
    expect(tasks.map((task) => task.number)).toEqual(Array.from({ length: 32 }, (_, i) => String(i + 1)));
    const measures = document.items.filter((item) => item.kind === 'measure');
    expect(measures.map((measure) => measure.number)).toEqual(Array.from({ length: 53 }, (_, i) => String(i + 1)));
  });

  it('joins a measure broken across a page (17. …登记表》 / 遗失或损坏的…) and keeps closing remarks apart', async () => {
    const document = await importSeed(SEED.luoyang2021);
    const task17 = document.items.find((item) => item.kind === 'task' && item.number === '17')!;
    expect(task17.text).toContain('《对外贸易经营者备案登记表》遗失或损坏的');
    const task32 = document.items.find((item) => item.kind === 'task' && item.number === '32')!;
    expect(task32.text).not.toContain('各县区政府');
    expect(document.closingText[0]).toMatch(/^各县区政府、各有关单位要细化工作举措/);
  });

  it('attaches blank-task rows by meaning: row 21 to 优化口岸监管模式 below it, row 29 to the task above', async () => {
    const document = await importSeed(SEED.luoyang2021);
    const row21 = document.items.find((item) => item.kind === 'measure' && item.number === '21')!;
    expect(parentTitle(document, row21)).toBe('优化口岸监管模式');
    const row29 = document.items.find((item) => item.kind === 'measure' && item.number === '29')!;
    expect(parentTitle(document, row29)).toBe('优化部分行业从业条件');
    const row4 = document.items.find((item) => item.kind === 'measure' && item.number === '4')!;
    expect(parentTitle(document, row4)).toBe('加快推动工程建设项目“一网通办”');
  });

  it('reads a blank 牵头单位 as no separate lead, the 责任单位 carrying the measure out', async () => {
    const document = await importSeed(SEED.luoyang2021);
    for (const number of ['8', '11', '17']) {
      const row = document.items.find((item) => item.kind === 'measure' && item.number === number)!;
      expect(row.leadUnits, number).toEqual([]);
      expect(row.responsibleUnits.length, number).toBeGreaterThan(0);
    }
    expect(measureByText(document, '在全市推进诊所备案制改革').responsibleUnits).toEqual(['市卫健委']);
  });

  it('splits owners into lists and keeps a unit whose name contains 和 whole', async () => {
    const document = await importSeed(SEED.luoyang2021);
    const row3 = measureByText(document, '推进市级工程建设项目审批管理系统');
    expect(row3.leadUnits).toEqual(['市住建局', '市政务服务局和大数据管理局']);
    expect(row3.responsibleUnits).toEqual(['市发展改革委', '有关部门']);
    const row24 = measureByText(document, '加快集装箱场站扩容');
    expect(row24.responsibleUnits).toEqual(['洛阳海关', '涧西区政府', '有关单位']);
  });

  it('keeps deadline text and dates those that state one', async () => {
    const document = await importSeed(SEED.luoyang2021);
    expect(measureByText(document, '在全市推进诊所备案制改革').deadline).toEqual({ text: '2021年年底', date: '2021-12-31' });
    expect(measureByText(document, '动态调整审批服务事项清单').deadline).toEqual({ text: '2021年年底前', date: '2021-12-31' });
    expect(measureByText(document, '全面实施全国统一的市场准入负面清单制度').deadline).toEqual({ text: '持续推进', date: null });
    expect(measureByText(document, '建立体育赛事运营组织机构').deadline).toEqual({ text: '按省部署及时落实', date: null });
  });

  it('records where each item came from', async () => {
    const document = await importSeed(SEED.luoyang2021);
    const row1 = document.items.find((item) => item.kind === 'measure' && item.number === '1')!;
    expect(row1.source.tableRow).toBe(1);
    expect(row1.source.line).toBeGreaterThan(100);
  });

  it('keeps each item’s own text from the file beside it, and leaves no line of body or annex unaccounted for', async () => {
    const document = await importSeed(SEED.luoyang2021);
    const fileLines = new TextDecoder().decode(seedBytes(SEED.luoyang2021)).split('\n');
    const row53 = document.items.find((item) => item.kind === 'measure' && item.number === '53')!;
    expect(row53.source.excerpt).toBe(fileLines[row53.source.line - 1]);
    // Task 17 is broken across a page in the file: its excerpt holds both parts as written.
    const task17 = document.items.find((item) => item.kind === 'task' && item.number === '17')!;
    expect(task17.source.excerpt).toMatch(/^17\.[\s\S]*登记表》\s*\n[\s\S]*遗失或损坏的/);
    // Every non-blank line from the first item on lies in an item's excerpt, the closing remarks,
    // the unparsed list, or the annex's heading, caption and 版记.
    const covered = new Set<number>();
    for (const item of document.items) item.source.excerpt!.split('\n').forEach((_, offset) => covered.add(item.source.line + offset));
    const first = document.items[0]!.source.line;
    const missing = fileLines
      .map((text, index) => ({ line: index + 1, text: text.trim() }))
      .filter(({ line, text }) => line >= first && text && !/^-{3,}$/.test(text) && !covered.has(line))
      .filter(({ text }) => !document.closingText.some((closing) => closing.replace(/\s/g, '') === text.replace(/\s/g, '')))
      .map(({ text }) => text);
    expect(document.unparsedLines).toEqual([]);
    expect(missing).toEqual([
      '## 附件',
      '# 重点任务清单',
      '序号\t重点任务\t改革举措\t牵头单位\t责任单位\t完成时限',
      '主办：市发展改革委',
      '督办：市政府办公室职能转变协调科',
      '洛阳市人民政府办公室',
      '2021年9月1日印发',
    ]);
  });

  it('gives the same checklist from the Word file, whose annex is a real table with merged cells', async () => {
    const fromText = await importSeed(SEED.luoyang2021);
    const fromWord = await importSeed(SEED.luoyang2021Docx);
    expect(fromWord.docNumber).toBe('洛政办〔2021〕39号');
    expect(fromWord.issuer).toBe('洛阳市人民政府办公室');
    expect(fromWord.issuedOn).toBe('2021-08-25');
    expect(countKinds(fromWord.items)).toEqual({ section: 6, task: 32, measure: 53 });
    const shape = (document: PolicyDocument) =>
      document.items
        .filter((item) => item.kind === 'measure')
        .map((item) => [item.number, parentTitle(document, item), item.leadUnits, item.deadline?.date]);
    expect(shape(fromWord)).toEqual(shape(fromText));
  });
});

describe('seed 001 (偃师区 2023 plan): 时间节点 / 责任单位 lines', () => {
  it('finds 72 measures whose numbering runs (1)–(47) then restarts at (45)–(69)', async () => {
    const document = await importSeed(SEED.yanshi2023);
    expect(document.title).toBe('洛阳市偃师区2023年优化营商环境实施方案');
    const measures = document.items.filter((item) => item.kind === 'measure');
    expect(measures).toHaveLength(72);
    const numbers = measures.map((measure) => Number(measure.number));
    expect(numbers).toEqual([...Array.from({ length: 47 }, (_, i) => i + 1), ...Array.from({ length: 25 }, (_, i) => i + 45)]);
  });

  it('reads lead and supporting units and the deadline of every measure', async () => {
    const document = await importSeed(SEED.yanshi2023);
    const first = document.items.find((item) => item.kind === 'measure' && item.number === '1')!;
    expect(first.title).toBe('支持企业参与决策');
    expect(first.leadUnits).toEqual(['区政府办', '工信局', '工商联']);
    expect(first.supportingUnits).toEqual(['各镇办', '区直相关部门']);
    expect(first.deadline).toEqual({ text: '2023年6月', date: '2023-06-30' });
    const measures = document.items.filter((item) => item.kind === 'measure');
    expect(measures.every((measure) => measure.leadUnits.length > 0 && measure.deadline !== null)).toBe(true);
  });

  it('takes a 时间节点 that stands inline at the end of a measure', async () => {
    const document = await importSeed(SEED.yanshi2023);
    const inline = measureByText(document, '强化食品、药品、疫苗、安全等领域监管');
    expect(inline.text).not.toContain('时间节点');
    expect(inline.deadline).toEqual({ text: '2022年9月', date: '2022-09-30' });
  });

  it('nests measures under tasks (1．…) under sections (（一）…), and drops [bookmark] artefacts', async () => {
    const document = await importSeed(SEED.yanshi2023);
    const measure = measureByText(document, '全面推行无风险事项');
    const task = document.items.find((item) => item.id === measure.parentId)!;
    expect(task).toMatchObject({ kind: 'task', number: '2', title: '提高政务服务效能' });
    expect(document.items.find((item) => item.id === task.parentId)).toMatchObject({ kind: 'section', title: '打造高效便捷的政务环境' });
    expect(document.items.some((item) => item.text.includes('[bookmark'))).toBe(false);
  });
});

describe('encodings and bad input', () => {
  it('decodes a GB18030 file to the same checklist as its UTF-8 twin', async () => {
    const utf8 = await importSeed(SEED.gaoxin2022);
    const gb = await importSeed(SEED.gaoxin2022Gb18030);
    expect(gb.docNumber).toBe('洛开〔2022〕19号');
    expect(gb.items.map((item) => [item.kind, item.title])).toEqual(utf8.items.map((item) => [item.kind, item.title]));
  });

  it.each([
    ['空文件.txt', new Uint8Array(), '文件为空'],
    ['图片.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), '这不是文本文件'],
    ['假的.docx', new TextEncoder().encode('只是一段文字'), '不是有效的 Word 文件'],
    ['截断.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'Word 文件已损坏或不完整'],
    ['表格.pptx', new Uint8Array([1, 2, 3]), '暂不支持'],
    ['随笔.txt', new TextEncoder().encode('今天天气很好，我们去公园散步。'), '没有识别出任何任务或措施'],
  ])('refuses %s with a message naming the file', async (name, bytes, reason) => {
    const attempt = importPolicyFile(bytes, name);
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(attempt).rejects.toThrow(`“${name}”`);
    await expect(attempt).rejects.toThrow(reason);
  });

  it('gives the same ids to the same bytes, so a re-import is recognised', async () => {
    const first = await importPolicyFile(seedBytes(SEED.yanshi2023), 'a.txt');
    const second = await importPolicyFile(seedBytes(SEED.yanshi2023), 'b.txt');
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(second.documents[0]!.items.map((item) => item.id)).toEqual(first.documents[0]!.items.map((item) => item.id));
  });
});

describe('the office’s unit names', () => {
  it('let the reader take a bracketed list of names it could not tell from words as the owners', async () => {
    const text = new TextEncoder().encode('一、任务\n1.组织营商环境体验官走进窗口。（县营商环境体验官队伍、县工商联，2026年9月底前）\n');
    const [plain] = (await importPolicyFile(text, '方案.txt')).documents[0]!.items.filter((item) => item.kind === 'measure');
    const [aided] = (await importPolicyFile(text, '方案.txt', { knownUnits: ['县营商环境体验官队伍'] })).documents[0]!.items.filter(
      (item) => item.kind === 'measure',
    );
    expect(plain!.responsibleUnits).toEqual([]);
    expect({ units: aided!.responsibleUnits, deadline: aided!.deadline?.text }).toEqual({
      units: ['县营商环境体验官队伍', '县工商联'],
      deadline: '2026年9月底前',
    });
  });
});
