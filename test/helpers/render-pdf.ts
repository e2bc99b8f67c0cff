// Renders Word/Excel output the way a reviewer looks at it: LibreOffice headless to PDF (with the
// font aliases that map official-document fonts to free CJK fonts), pdftoppm to PNG pages.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FONT_ALIASES = join(import.meta.dirname, '..', 'fixtures', 'fonts-zh-alias.conf');

function found(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** True when LibreOffice and poppler are installed (CI installs them; a laptop may not have them). */
export const canRender = found('libreoffice') && found('pdftoppm') && found('pdftotext');

export type Rendered = { pdf: string; text: string; pages: string[] };

/**
 * Converts the files to PDF in one LibreOffice run, extracts each PDF's text, and writes PNG pages
 * (72 dpi) to `artifacts/<name>-<page>.png`. Input: name → bytes. Output: per name the PDF path,
 * its text and the PNG paths.
 */
export function renderDocuments(files: Record<string, Uint8Array>, artifacts: string): Record<string, Rendered> {
  const work = mkdtempSync(join(tmpdir(), 'kaoping-render-'));
  mkdirSync(artifacts, { recursive: true });
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(work, name);
    writeFileSync(path, bytes);
    return path;
  });
  execFileSync(
    'libreoffice',
    ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', work, ...paths],
    { env: { ...process.env, FONTCONFIG_FILE: FONT_ALIASES }, stdio: 'ignore', timeout: 540_000 },
  );
  const result: Record<string, Rendered> = {};
  for (const name of Object.keys(files)) {
    const base = name.replace(/\.[^.]+$/, '');
    const pdf = join(work, `${base}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${name}`);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    execFileSync('pdftoppm', ['-png', '-r', '72', pdf, join(artifacts, base)]);
    const pages = readdirSync(artifacts)
      .filter((file) => file.startsWith(`${base}-`) && file.endsWith('.png'))
      .map((file) => join(artifacts, file));
    result[name] = { pdf, text, pages };
  }
  return result;
}
