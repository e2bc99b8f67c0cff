// The `kaoping` command: same domain core as the app (npm run kaoping -- <command> …).
import { ImportError } from '../../shared/import/import-error';
import { runImport, summariseImport } from './import-command';
import { InputProblems, runScore } from './score-command';

const USAGE = `用法：
  npm run kaoping -- import <文件> [--json]
      导入政策文件（.txt / .docx），输出文件信息和任务清单
  npm run kaoping -- score --rubric <评分细则> --inputs <inputs.json> [--ties competition|dense] [--na rescale|zero] [--json]
      按评分细则计算各单位得分和排名`;

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
    process.stdout.write(`${await run(argv)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    const missing = (error as { code?: string; path?: string }).code === 'ENOENT';
    const message = error instanceof ImportError || error instanceof InputProblems ? error.message : missing ? `文件不存在：${(error as { path?: string }).path ?? ''}` : `出错：${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
