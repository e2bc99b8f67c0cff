// The `kaoping` command: same domain core as the app (npm run kaoping -- <command> …).
import { ImportError } from '../../shared/import/import-error';
import { runImport, summariseImport } from './import-command';

const USAGE = `用法：npm run kaoping -- import <文件> [--json]
  import   导入政策文件（.txt / .docx），输出识别出的文件信息和任务清单；--json 输出 JSON`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const files = rest.filter((arg) => !arg.startsWith('--'));
  if (command !== 'import' || files.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const result = await runImport(files[0]!);
    process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${summariseImport(result)}\n`);
    return 0;
  } catch (error) {
    const missing = (error as { code?: string }).code === 'ENOENT';
    const reason = missing ? '文件不存在' : error instanceof Error ? error.message : String(error);
    const message = error instanceof ImportError ? error.message : `无法读取“${files[0]}”：${reason}`;
    process.stderr.write(`${message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
