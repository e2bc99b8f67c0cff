// Renders build/icon.svg to build/icon.png (512×512), the icon electron-builder turns into the
// Windows .ico and the Linux icon set. Run after editing the SVG: `node build/render-icon.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
writeFileSync(new URL('./icon.png', import.meta.url), new Resvg(svg, { fitTo: { mode: 'width', value: 512 } }).render().asPng());
