// The renderer is served from the app's own scheme, app://kaoping/, not from file://: the page's
// origin is then one fixed, privileged origin of its own (IndexedDB, fetch, the CSP's 'self'),
// it cannot read other files of the disk, and the file-protocol fuse can stay off. Requests are
// answered from the renderer folder only: any path that leaves it is refused.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

import type { CustomScheme } from 'electron';

/** The app's scheme, host and page. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kaoping';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;

/** The part of Electron's `protocol` module used here (tests pass a fake). */
export type ProtocolLike = {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void;
};

/** Content types of the files the renderer build contains; anything else is served as octet-stream. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The Content-Type for a file by its extension (case-insensitive); application/octet-stream when unknown. */
export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Registers app:// as a standard, secure scheme with fetch and streaming (must run before the app
 * is ready). Input: Electron's protocol module.
 */
export function registerAppScheme(protocol: Pick<ProtocolLike, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/**
 * The file an app:// URL names inside `rootDir`, or null when it must be refused: another host,
 * an undecodable path, a NUL, a backslash, or a path that resolves outside `rootDir` (../, %2e%2e,
 * %2f, an absolute or drive path). `/` serves index.html.
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (path.includes('\0') || path.includes('\\')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  const inside = relative(root, file);
  if (!inside || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}

/** A plain-text refusal (Chinese), never a directory listing or another file. */
const refusal = (status: number, text: string): Response =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });

/**
 * Answers app:// requests from `rootDir` (must run after the app is ready). Input: Electron's
 * protocol module, the renderer folder, and a file reader (node:fs in the app). GET and HEAD only;
 * a refused path gives 403, a missing file 404, both with a Chinese message naming the path.
 * Every answer says `nosniff`, so a file is never taken for another type than its extension's.
 */
export function serveAppFiles(
  protocol: Pick<ProtocolLike, 'handle'>,
  rootDir: string,
  readFile: (path: string) => Promise<Uint8Array>,
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, `不支持的请求方式：${request.method}`);
    const file = resolveAppPath(rootDir, request.url);
    if (!file) return refusal(403, `拒绝访问应用目录以外的路径：${request.url}`);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch {
      return refusal(404, `应用文件不存在：${request.url}`);
    }
    const body = request.method === 'HEAD' ? null : new Blob([bytes as Uint8Array<ArrayBuffer>]);
    return new Response(body, { status: 200, headers: { 'content-type': mimeTypeOf(file), 'x-content-type-options': 'nosniff' } });
  });
}
