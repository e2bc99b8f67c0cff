// The importers under fuzz, each with a real file to damage and the errors that count as "clear"
// (Chinese, naming the file).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { buildPackage } from '../../shared/exchange/write-package';
import { PackageError } from '../../shared/exchange/package-error';
import { readPackage } from '../../shared/exchange/read-package';
import { revise } from '../../shared/domain/record-meta';
import { buildFillInWorkbook } from '../../shared/exchange/fill-in-workbook';
import { readFillInWorkbook } from '../../shared/exchange/read-fill-in';
import { ImportError } from '../../shared/read/import-error';
import { importPolicyFile } from '../../shared/import/import-policy-file';
import { importRubricFile } from '../../shared/rubric/import-rubric-file';
import { SEED, seedBytes } from '../fixtures/seeds';

export type FuzzTarget = {
  name: string;
  fileName: string;
  isZip: boolean;
  original: () => Promise<Uint8Array>;
  run: (bytes: Uint8Array) => Promise<unknown>;
  /** True if `error` is the clear, user-facing refusal this importer promises. */
  isClearError: (error: unknown) => boolean;
};

const namesFile = (fileName: string) => (error: unknown) => error instanceof Error && /[\u4e00-\u9fff]/.test(error.message) && error.message.includes(fileName);
const importError = (fileName: string) => (error: unknown) => error instanceof ImportError && namesFile(fileName)(error);

const RUBRIC_XLSX = 'office/004_办理建筑许可营商环境部门评分细则.xlsx';
const rubric = () => importRubricFile(seedBytes(RUBRIC_XLSX), '评分细则.xlsx');
const UNITS = [
  { id: 'unit-jia', name: '甲区', createdAt: '' },
  { id: 'unit-yi', name: '乙区', createdAt: '' },
];

/** Every importer a file from outside reaches. */
export async function fuzzTargets(): Promise<FuzzTarget[]> {
  const system = await rubric();
  const policy = (name: string, fileName: string, isZip: boolean, original: () => Uint8Array): FuzzTarget => ({
    name,
    fileName,
    isZip,
    original: async () => original(),
    run: (bytes) => importPolicyFile(bytes, fileName),
    isClearError: importError(fileName),
  });
  return [
    policy('text (UTF-8)', '政策.txt', false, () => seedBytes(SEED.luoyang2021)),
    policy('text (GB18030)', '政策-gbk.txt', false, () => seedBytes(SEED.gaoxin2022Gb18030)),
    policy('docx', '政策.docx', true, () => seedBytes(SEED.luoyang2021Docx)),
    policy('pdf', '政策.pdf', false, () => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/pdf/一页通知.pdf')))),
    { name: 'rubric xlsx', fileName: '细则.xlsx', isZip: true, original: async () => seedBytes(RUBRIC_XLSX), run: (bytes) => importRubricFile(bytes, '细则.xlsx'), isClearError: importError('细则.xlsx') },
    // The same rubric saved as Excel 97-2003 (.xls, BIFF8): SheetJS's other parser.
    { name: 'rubric xls (BIFF8)', fileName: '细则.xls', isZip: false, original: async () => new Uint8Array(XLSX.write(XLSX.read(seedBytes(RUBRIC_XLSX)), { bookType: 'biff8', type: 'array' }) as ArrayBuffer), run: (bytes) => importRubricFile(bytes, '细则.xls'), isClearError: importError('细则.xls') },
    {
      name: 'package (.kaoping)',
      fileName: '张三.kaoping',
      isZip: true,
      original: () => {
        const unit = revise({ id: 'u1', name: '涧西区', createdAt: '2026-11-01' }, undefined, '张三', '2026-11-01T00:00:00Z');
        const input = revise({ id: 'e|u1|i1', evaluationId: 'e', unitId: 'u1', indicatorId: 'i1', value: 2.5, note: '', inspector: '张三', updatedAt: '2026-11-02' }, undefined, '张三', '2026-11-02T00:00:00Z');
        return buildPackage({ tables: { units: [unit], rubricInputs: [input] }, attachments: new Map() }, { appVersion: '0.1.0', createdBy: '张三', createdAt: '2026-11-23T08:00:00Z', scope: { kind: 'evaluation', description: '测试' } });
      },
      run: (bytes) => readPackage(bytes, '张三.kaoping'),
      isClearError: (error) => error instanceof PackageError && namesFile('张三.kaoping')(error),
    },
    {
      name: 'fill-in sheet',
      fileName: '甲区-填报.xlsx',
      isZip: true,
      original: () => buildFillInWorkbook({ system, evaluationId: 'e1', evaluationName: '2023年度评价', units: UNITS, inputs: [] }),
      run: async (bytes) => readFillInWorkbook(bytes, '甲区-填报.xlsx', system, 'e1', UNITS),
      isClearError: namesFile('甲区-填报.xlsx'),
    },
  ];
}
