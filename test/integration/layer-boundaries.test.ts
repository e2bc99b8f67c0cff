// The lint rule that keeps shared/ pure really fires (so `npm run lint` fails the build).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'fatal');
}

describe('layer boundaries', () => {
  it.each([
    ["import Dexie from 'dexie';\nexport const d = Dexie;\n"],
    ["import { app } from 'electron';\nexport const a = app;\n"],
    ["import { useState } from 'react';\nexport const s = useState;\n"],
    ["import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n"],
    ['export const w = window.location.href;\n'],
  ])('refuses in shared/: %s', async (code) => {
    const ids = await ruleIds('shared/domain/probe.ts', code);
    expect(ids.some((id) => id === 'no-restricted-imports' || id === 'no-restricted-globals')).toBe(true);
  });

  it('refuses electron and Node in the renderer, and the renderer in electron/', async () => {
    expect(await ruleIds('renderer/src/probe.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n")).toContain(
      'no-restricted-imports',
    );
    expect(
      await ruleIds('electron/main/probe.ts', "import { db } from '../../renderer/src/db/connection';\nexport const d = db;\n"),
    ).toContain('no-restricted-imports');
  });

  it('lets shared/ import its own modules and pure libraries', async () => {
    expect(
      await ruleIds(
        'shared/domain/probe.ts',
        "import ExcelJS from 'exceljs';\n\nimport type { Unit } from './types';\nexport const x: Unit | null = null;\nexport const e = ExcelJS;\n",
      ),
    ).toEqual([]);
  });

  it('has the shells import the domain core by its alias, never by a deep relative path', async () => {
    const deep = "import { formatHundredths } from '../../shared/numbers/exact';\nexport const f = formatHundredths;\n";
    const alias = "import { formatHundredths } from '#shared/numbers/exact';\nexport const f = formatHundredths;\n";
    expect(await ruleIds('electron/cli/probe.ts', deep)).toContain('no-restricted-imports');
    expect(await ruleIds('renderer/src/services/probe.ts', deep.replace('../../', '../../../'))).toContain('no-restricted-imports');
    expect(await ruleIds('electron/cli/probe.ts', alias)).toEqual([]);
  });
});
