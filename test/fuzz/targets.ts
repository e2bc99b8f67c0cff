// The importers under fuzz, each with a real file to damage, the invariants a result it accepts
// must hold (result-checks.ts) and the errors that count as "clear" (Chinese, naming the file).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import * as XLSX from 'xlsx';

import { buildFillInWorkbook } from '#shared/exchange/fill-in-workbook';
import { PackageError } from '#shared/exchange/package-error';
import { readFillInWorkbook } from '#shared/exchange/read-fill-in';
import { readPackage } from '#shared/exchange/read-package';
import { importPolicyFile } from '#shared/import/import-policy-file';
import { ImportError } from '#shared/read/import-error';
import { importRubricFile } from '#shared/rubric/import-rubric-file';

import { SEED, seedBytes } from '../fixtures/seeds';
import type { TargetKind } from './mutations';
import { mergeIntoOffice, PACKAGE_FILE, unitPackage } from './package-scenario';
import {
  checklistProblems,
  fillInProblems,
  indicatorSystemProblems,
  packageDataProblems,
  revisionProblems,
  scopedMergeProblems,
} from './result-checks';

export type FuzzTarget = {
  name: string;
  fileName: string;
  kind: TargetKind;
  original: () => Promise<Uint8Array>;
  /** Imports the bytes; output: the problems of the result it accepted (empty when valid). Throws what the importer throws. */
  run: (bytes: Uint8Array) => Promise<string[]>;
  /** True if `error` is the clear, user-facing refusal this importer promises. */
  isClearError: (error: unknown) => boolean;
};

const namesFile = (fileName: string) => (error: unknown) =>
  error instanceof Error && /[\u4e00-\u9fff]/.test(error.message) && error.message.includes(fileName);
const importError = (fileName: string) => (error: unknown) => error instanceof ImportError && namesFile(fileName)(error);

const RUBRIC_XLSX = 'office/004_办理建筑许可营商环境部门评分细则.xlsx';
const FORMAT_1_FILE = '旧版评价包.kaoping';
const rubric = () => importRubricFile(seedBytes(RUBRIC_XLSX), '评分细则.xlsx');
const UNITS = [
  { id: 'unit-jia', name: '甲区', createdAt: '' },
  { id: 'unit-yi', name: '乙区', createdAt: '' },
];

/** Every importer a file from outside reaches. */
export async function fuzzTargets(): Promise<FuzzTarget[]> {
  const system = await rubric();
  const policy = (name: string, fileName: string, kind: TargetKind, original: () => Uint8Array): FuzzTarget => ({
    name,
    fileName,
    kind,
    original: async () => original(),
    run: async (bytes) => checklistProblems(await importPolicyFile(bytes, fileName)),
    isClearError: importError(fileName),
  });
  const rubricTarget = (name: string, fileName: string, kind: TargetKind, original: () => Uint8Array): FuzzTarget => ({
    name,
    fileName,
    kind,
    original: async () => original(),
    run: async (bytes) => indicatorSystemProblems(await importRubricFile(bytes, fileName)),
    isClearError: importError(fileName),
  });
  return [
    policy('text (UTF-8)', '政策.txt', 'text', () => seedBytes(SEED.luoyang2021)),
    policy('text (GB18030)', '政策-gbk.txt', 'text', () => seedBytes(SEED.gaoxin2022Gb18030)),
    policy('docx', '政策.docx', 'zip', () => seedBytes(SEED.luoyang2021Docx)),
    policy('pdf', '政策.pdf', 'binary', () => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/pdf/一页通知.pdf')))),
    rubricTarget('rubric xlsx', '细则.xlsx', 'zip', () => seedBytes(RUBRIC_XLSX)),
    // The same rubric saved as Excel 97-2003 (.xls, BIFF8): SheetJS's other parser.
    rubricTarget(
      'rubric xls (BIFF8)',
      '细则.xls',
      'binary',
      () => new Uint8Array(XLSX.write(XLSX.read(seedBytes(RUBRIC_XLSX)), { bookType: 'biff8', type: 'array' }) as ArrayBuffer),
    ),
    {
      // A one-unit package merged into the lead office: what is stored must be valid, and nothing outside its scope applied silently.
      name: 'package (.kaoping)',
      fileName: PACKAGE_FILE,
      kind: 'package',
      original: unitPackage,
      run: async (bytes) => {
        const merge = await mergeIntoOffice(bytes);
        return [
          ...packageDataProblems(merge.outcome.merged),
          ...scopedMergeProblems(merge.manifest.scope, merge.local, merge.incoming, merge.outcome),
        ];
      },
      isClearError: (error) => error instanceof PackageError && namesFile(PACKAGE_FILE)(error),
    },
    {
      // A format-1 package from the field, checked as format 1 and restored: what comes out meets the format-2 schemas, its hashes verify.
      name: 'package format 1 (.kaoping)',
      fileName: FORMAT_1_FILE,
      kind: 'zip',
      original: async () => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/packages/format-1-rubric.kaoping'))),
      run: async (bytes) => {
        const { data } = await readPackage(bytes, FORMAT_1_FILE);
        return [...packageDataProblems(data), ...revisionProblems(data)];
      },
      isClearError: (error) => error instanceof PackageError && namesFile(FORMAT_1_FILE)(error),
    },
    {
      name: 'fill-in sheet',
      fileName: '甲区-填报.xlsx',
      kind: 'zip',
      original: () =>
        buildFillInWorkbook({
          system,
          basisKind: 'indicatorSystem',
          evaluationId: 'e1',
          evaluationName: '2023年度评价',
          units: UNITS,
          inputs: [],
        }),
      run: async (bytes) =>
        fillInProblems(readFillInWorkbook(bytes, '甲区-填报.xlsx', system, 'e1', UNITS, 'indicatorSystem'), system, UNITS),
      isClearError: namesFile('甲区-填报.xlsx'),
    },
  ];
}
