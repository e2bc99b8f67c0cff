// The renderer's app:// scheme, driven through a fake of Electron's protocol module: privileged
// as a standard secure scheme, files served with their types, every way out of the folder refused.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { APP_PAGE_URL, mimeTypeOf, type ProtocolLike, registerAppScheme, resolveAppPath, serveAppFiles } from './app-protocol';

/** A renderer folder with a page, a script, a worker and a secret file beside (outside) it. */
function rendererFolder(): string {
  const base = mkdtempSync(join(tmpdir(), 'kaoping-app-'));
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>考评</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'pdf.worker.min-x.mjs'), 'self.onmessage = null');
  writeFileSync(join(root, 'assets', 'style.CSS'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), '密码');
  return root;
}

/** Serves `root` through a fake protocol module and returns its handler. */
function served(root: string) {
  let handler: ((request: Request) => Promise<Response> | Response) | undefined;
  const protocol: Pick<ProtocolLike, 'handle'> = {
    handle: (scheme, registered) => scheme === 'app' && (handler = registered) && undefined,
  };
  serveAppFiles(protocol, root, async (path) => new Uint8Array(await readFile(path)));
  return (url: string, method = 'GET') => handler!(new Request(url, { method }));
}

describe('registerAppScheme', () => {
  it('registers app:// as standard and secure, with fetch and streaming', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);
  });
});

describe('serveAppFiles', () => {
  it('serves the page, scripts, the pdf.js worker and styles with their types and nosniff', async () => {
    const request = served(rendererFolder());
    const page = await request(APP_PAGE_URL);
    expect([page.status, page.headers.get('content-type'), page.headers.get('x-content-type-options')]).toEqual([
      200,
      'text/html; charset=utf-8',
      'nosniff',
    ]);
    expect(await page.text()).toContain('<title>考评</title>');
    expect((await request('app://kaoping/')).status).toBe(200);
    expect((await request('app://kaoping/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await request('app://kaoping/assets/pdf.worker.min-x.mjs')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await request('app://kaoping/assets/style.CSS')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const head = await request(APP_PAGE_URL, 'HEAD');
    expect([head.status, await head.text()]).toEqual([200, '']);
  });

  it.each([
    'app://kaoping/../secret.txt',
    'app://kaoping/%2e%2e/secret.txt',
    'app://kaoping/assets/..%2f..%2fsecret.txt',
    'app://kaoping/..%5csecret.txt',
    'app://kaoping/%00index.html',
    'app://other/index.html',
    'app://kaoping/%E0%A4%A',
  ])('refuses %s without reading anything outside the folder', async (url) => {
    const response = await served(rendererFolder())(url);
    expect(response.status === 403 || response.status === 404).toBe(true);
    expect(await response.text()).not.toContain('密码');
  });

  it('answers a missing file with 404 and a Chinese message naming it, and refuses other methods', async () => {
    const request = served(rendererFolder());
    const missing = await request('app://kaoping/assets/none.js');
    expect([missing.status, await missing.text()]).toEqual([404, '应用文件不存在：app://kaoping/assets/none.js']);
    expect((await request(APP_PAGE_URL, 'POST')).status).toBe(405);
  });
});

describe('resolveAppPath and mimeTypeOf', () => {
  it('keeps paths inside the folder and refuses any that leave it', () => {
    const root = resolve('/srv/renderer');
    expect(resolveAppPath(root, 'app://kaoping/assets/a.js')).toBe(join(root, 'assets', 'a.js'));
    expect(resolveAppPath(root, 'app://kaoping/assets/..%2f..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
  });

  it('gives octet-stream for unknown extensions, so nothing unexpected runs as a page', () => {
    expect(mimeTypeOf('a.exe')).toBe('application/octet-stream');
    expect(mimeTypeOf('a.svg')).toBe('image/svg+xml');
    expect(mimeTypeOf('a.wasm')).toBe('application/wasm');
  });
});
