// `npm start`: launches the Electron app where its runtime exists (fetching it once if it can);
// otherwise says so in one line and serves the same renderer as the browser edition on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

import { preview } from 'vite';

const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function fetchElectronRuntime() {
  const installer = require.resolve('electron/install.js');
  return spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 }).status === 0;
}

function run(script) {
  const result = spawnSync(npm, ['run', script], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

let binary = electronBinary();
if (!binary && fetchElectronRuntime()) binary = electronBinary();

if (binary) {
  run('build:desktop');
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'Electron 运行时不可用（本机无法下载），改为启动浏览器版。The Electron runtime is unavailable here; serving the browser edition.',
  );
  run('build:web');
  const port = Number(process.env.PORT ?? 5173);
  const server = await preview({ configFile: 'vite.config.ts', preview: { host: '127.0.0.1', port, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  console.log(`考评 Kaoping 浏览器版：${url}`);
}
