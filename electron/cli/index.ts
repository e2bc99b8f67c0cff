// The `kaoping` command: same domain core as the app (npm run kaoping -- <command> …).
import { describeRefused } from '#shared/exchange/merge-scope';
import { PackageError } from '#shared/exchange/package-error';
import { ImportError } from '#shared/read/import-error';

import { mergeFiles, packDocument, packFromBase, packNew, unpackFile } from './exchange-commands';
import { runImport, summariseImport } from './import-command';
import { runReport } from './report-command';
import { describeRule, runRule } from './rule-command';
import { checklistJsonText, InputProblems, runScore, runScorePackage } from './score-command';
import { forTerminal, jsonForTerminal } from './terminal-text';

const USAGE = `用法：
  npm run kaoping -- import <文件> [--json]
      导入政策文件（.txt / .docx），输出文件信息和任务清单
  npm run kaoping -- score --rubric <评分细则> --inputs <inputs.json> [--ties competition|dense] [--na rescale|zero] [--json]
      按评分细则计算各单位得分和排名（--package <x.kaoping> 代替 --rubric 和 --inputs：指标评分或清单督查的评价包）
  npm run kaoping -- pack --rubric <评分细则> [--units 甲区,乙区] [--inputs <inputs.json>] [--inspector <姓名>] --out <x.kaoping>
  npm run kaoping -- pack --document <政策文件> --units 甲区,乙区 [--inspector <姓名>] --out <x.kaoping>
  npm run kaoping -- pack --base <x.kaoping> --inputs <inputs.json> --inspector <姓名> --out <y.kaoping>
      生成评价包（--rubric 指标评分，--document 清单督查）；--base 在已有评价上记录某位评价员的评分（同一编号，新的修订）
  npm run kaoping -- merge <a.kaoping> <b.kaoping>… --out <m.kaoping> [--prefer newer|first] [--json]
      合并评价包；仍有冲突时退出码为 3
  npm run kaoping -- report --rubric <评分细则> --inputs <inputs.json> --out <目录>   （或 --package <x.kaoping>）
      输出评分表（汇总排名表和各单位评分表，.xlsx）和各单位评价报告（.docx）
  npm run kaoping -- unpack <x.kaoping> --json
      查看评价包内容
  npm run kaoping -- rule "<评分标准>" --max <分值> [--try <输入值>] [--json]
      显示评分标准被读成的计分规则（回读句、输入、未读懂的部分）；--try 试算一个单位的得分`;

class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

async function run(argv: string[]): Promise<string> {
  const [command, ...args] = argv;
  const json = args.includes('--json');
  if (command === 'import') {
    const files = args.filter((arg) => !arg.startsWith('--'));
    if (files.length !== 1) throw new UsageError();
    const result = await runImport(files[0]!);
    return json ? JSON.stringify(result) : summariseImport(result);
  }
  if (command === 'score' && option(args, 'package')) {
    const result = await runScorePackage(option(args, 'package')!);
    if (result.kind === 'checklist') {
      if (json) return checklistJsonText(result.json);
      const rate = (value: number | null) => (value === null ? '—' : `${value.toFixed(2)}%`);
      return result.json.units.map((unit) => `${String(unit.rank ?? '—').padStart(3)}  ${unit.unit}  ${rate(unit.rate)}`).join('\n');
    }
    return json
      ? JSON.stringify(result.json)
      : result.json.units.map((unit) => `${String(unit.rank ?? '—').padStart(3)}  ${unit.unit}  ${unit.total.toFixed(2)}`).join('\n');
  }
  if (command === 'pack') {
    const out = option(args, 'out');
    const inspector = option(args, 'inspector') ?? '';
    const base = option(args, 'base');
    const inputs = option(args, 'inputs');
    if (!out) throw new UsageError();
    const units = (option(args, 'units') ?? '')
      .split(/[,，、]/)
      .map((name) => name.trim())
      .filter(Boolean);
    const document = option(args, 'document');
    if (base) {
      if (!inputs) throw new UsageError();
      await packFromBase(base, inputs, inspector, out);
    } else if (document) {
      if (units.length === 0) throw new UsageError();
      await packDocument(document, units, inspector, out);
    } else {
      const rubric = option(args, 'rubric');
      if (!rubric || (units.length === 0 && !inputs)) throw new UsageError();
      await packNew(rubric, units, inputs, inspector, out);
    }
    return json ? JSON.stringify({ out }) : `已生成评价包：${out}`;
  }
  if (command === 'merge') {
    const out = option(args, 'out');
    const prefer = option(args, 'prefer') ?? null;
    const files = args.filter((arg, index) => !arg.startsWith('--') && !['--out', '--prefer'].includes(args[index - 1] ?? ''));
    if (!out || files.length < 2 || (prefer !== null && prefer !== 'newer' && prefer !== 'first')) throw new UsageError();
    const report = await mergeFiles(files, out, prefer, option(args, 'inspector') ?? '');
    if (report.unresolved > 0) process.exitCode = 3;
    if (json) return JSON.stringify(report);
    const conflicts = report.conflicts.map((conflict) => {
      const kind = conflict.outOfScope ? '（超出对方包声明的范围，需人工核对）' : '';
      const differences = (conflict.differences ?? []).map((line) => `\n      ${line}`).join('');
      return `\n  ${conflict.table}/${conflict.id}${kind}：本方 ${conflict.mine.changedBy}（${conflict.mine.changedAt}）${JSON.stringify(conflict.mine.value)} ↔ 对方（据包声明）${conflict.theirs.changedBy}（${conflict.theirs.changedAt}）${JSON.stringify(conflict.theirs.value)}${differences}`;
    });
    const refused = describeRefused(report.refused).map((line) => `\n  ${line}`);
    return `已合并到 ${out}；冲突 ${report.conflicts.length} 处，未解决 ${report.unresolved} 处${conflicts.join('')}${refused.join('')}`;
  }
  if (command === 'report') {
    const out = option(args, 'out');
    const pack = option(args, 'package');
    const rubric = option(args, 'rubric');
    const inputs = option(args, 'inputs');
    if (!out || (!pack && !(rubric && inputs))) throw new UsageError();
    const { written, warnings } = await runReport(pack ? { package: pack } : { rubric: rubric!, inputs: inputs! }, out);
    const warned = warnings.map((warning) => `\n警告：${warning}`).join('');
    return json ? JSON.stringify({ files: written, warnings }) : `已输出 ${written.length} 个文件：\n${written.join('\n')}${warned}`;
  }
  if (command === 'rule') {
    const text = args.find((arg, index) => !arg.startsWith('--') && !['--max', '--try'].includes(args[index - 1] ?? ''));
    const max = option(args, 'max');
    if (text === undefined || max === undefined) throw new UsageError();
    const result = runRule(text, max, option(args, 'try'));
    return json ? JSON.stringify(result) : describeRule(result);
  }
  if (command === 'unpack') {
    const file = args.find((arg) => !arg.startsWith('--'));
    if (!file) throw new UsageError();
    return JSON.stringify(await unpackFile(file), null, json ? undefined : 1);
  }
  if (command === 'score') {
    const rubric = option(args, 'rubric');
    const inputs = option(args, 'inputs');
    const ties = option(args, 'ties') ?? 'competition';
    const na = option(args, 'na') ?? 'rescale';
    if (!rubric || !inputs || (ties !== 'competition' && ties !== 'dense') || (na !== 'rescale' && na !== 'zero')) throw new UsageError();
    const result = await runScore(rubric, inputs, ties, na);
    if (json) return JSON.stringify(result);
    return result.units.map((unit) => `${String(unit.rank ?? '—').padStart(3)}  ${unit.unit}  ${unit.total.toFixed(2)}`).join('\n');
  }
  throw new UsageError();
}

async function main(argv: string[]): Promise<number> {
  try {
    const output = await run(argv);
    // JSON output stays parseable data; text output loses every control sequence.
    process.stdout.write(`${argv.includes('--json') || argv[0] === 'unpack' ? jsonForTerminal(output) : forTerminal(output)}\n`);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    const missing = (error as { code?: string; path?: string }).code === 'ENOENT';
    const message =
      error instanceof ImportError || error instanceof InputProblems || error instanceof PackageError
        ? error.message
        : missing
          ? `文件不存在：${(error as { path?: string }).path ?? ''}`
          : `出错：${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${forTerminal(message)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
