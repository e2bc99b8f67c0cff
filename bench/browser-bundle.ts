// Bundles a bench entry (bench/browser/<entry>) for a page: one script defining `globalName`.
import { join } from 'node:path';

import { build } from 'esbuild';

/** The bundled script text of bench/browser/`entry`, exposing its exports as `globalName`. */
export async function bundleForBrowser(entry: string, globalName: string): Promise<string> {
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'browser', entry)],
    bundle: true,
    format: 'iife',
    globalName,
    write: false,
    platform: 'browser',
    target: 'es2022',
    loader: { '.xlsx': 'dataurl' },
  });
  return bundle.outputFiles[0]!.text;
}
