// `npm run bench`: speed figures of the domain core, printed as a table or, with --json, as
// {"<figure>": {"value": n, "unit": "ms"}}. Targets live here, not in timed tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { buildScoreWorkbook } from '#shared/export/excel/score-workbook';
import { importPolicyFile } from '#shared/import/import-policy-file';
import { RULE_CORPUS } from '#shared/rules/corpus/rule-corpus';
import { readRule } from '#shared/rules/reader/read-rule';
import { rescoreCell, scoreRubric } from '#shared/scoring/score-rubric';

import { seedEvaluation } from '../test/fixtures/evaluation';
import { SEEDS_DIR } from '../test/fixtures/seeds';
import { measureInBrowser } from './browser-figures';
import { measureChecklistScroll } from './checklist-scroll';
import { measureExports } from './export-figures';
import { measureHistoryStartup } from './history-figures';
import { mergeInPage, withPackagesServed } from './merge-figures';
import type { PairedRatio } from './paired-ratio';
import { measureStorageInBrowser } from './storage-figures';
import { syntheticPolicyText } from './synthetic-policy';
import { syntheticInputs, syntheticSystem } from './synthetic-rubric';
import { syntheticUnitPackages } from './synthetic-unit-packages';
import { measureUi } from './ui-figures';

type Figure = { value: number; unit: 'ms' | 'MB' | 'ratio' | 'count'; note: string };

const RUNS = 5;

function seedFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return seedFiles(path);
    return /\.(txt|docx)$/.test(name) && name !== 'README.md' ? [path] : [];
  });
}

/** Median wall time of `runs` calls, in milliseconds (after one warm-up call). */
async function medianMs(task: () => Promise<unknown>, runs = RUNS): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 10) / 10;
}

/** `ui.startup_ms_history` and `exchange.merge_30_packages_ms`: the built app with years of data, and merging 30 packages in Chromium. */
async function addHistoryAndMergeFigures(figures: Record<string, Figure>): Promise<void> {
  const history = await measureHistoryStartup(50, 200, 30);
  const sorted = [...history.startupMs].sort((a, b) => a - b);
  figures['ui.startup_ms_history'] = {
    value: sorted[Math.floor(sorted.length / 2)]!,
    unit: 'ms',
    note: `built browser edition with ${history.evaluations} evaluations × ${history.units} units × ${history.indicators} indicators stored (${history.stored} inputs, merged from one package per evaluation in ${Math.round(history.setupMs / 1000)} s): navigation to the 工作台 showing every evaluation's progress, median of ${sorted.length} (target < 1500)`,
  };
  const packages = await syntheticUnitPackages('合并基准评价', 200, 30, 50);
  const merged = await withPackagesServed(packages, (page, urls) => mergeInPage(page, urls));
  figures['exchange.merge_30_packages_ms'] = {
    value: Math.round(merged.mergeMs),
    unit: 'ms',
    note: `30 inspectors' unit packages of 50 units × 200 indicators (${merged.added} records added) merged in one run in Chromium through the merge dialog's service (one backup, a transaction per package, ${merged.progressCalls.reduce((sum, calls) => sum + calls, 0)} progress reports); reading them took ${Math.round(merged.readMs)} ms more (target < 10000)`,
  };
}

async function main(): Promise<void> {
  const files = seedFiles(SEEDS_DIR).map((path) => ({ name: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(path)) }));
  const figures: Record<string, Figure> = {};
  figures['import.seeds_ms'] = {
    value: await medianMs(async () => {
      for (const file of files) await importPolicyFile(file.bytes, file.name);
    }),
    unit: 'ms',
    note: `all ${files.length} .txt/.docx seeds in ../shared/seeds, one after another, median of ${RUNS}`,
  };
  const large = new TextEncoder().encode(syntheticPolicyText(1024 * 1024));
  let measures = 0;
  figures['import.1mb_ms'] = {
    value: await medianMs(async () => {
      measures = (await importPolicyFile(large, '大型清单.txt')).documents[0]!.items.filter((item) => item.kind === 'measure').length;
    }),
    unit: 'ms',
    note: `synthetic ${(large.length / 1024 / 1024).toFixed(2)} MB policy text (${measures} measures, owners inline and on lines, annex table) to a checklist, median of ${RUNS} (target < 300)`,
  };
  const units = Array.from({ length: 20 }, (_, index) => `第${index + 1}区`);
  const fixture = await seedEvaluation(units);
  figures['export.score_sheet_ms'] = {
    value: await medianMs(() => buildScoreWorkbook({ ...fixture, exportedOn: '2026-11-23' })),
    unit: 'ms',
    note: `seed 000 (53 measures) × ${units.length} units: summary + ${units.length} styled score sheets, median of ${RUNS}`,
  };
  const system = syntheticSystem(300);
  const unitIds = Array.from({ length: 500 }, (_, index) => `单位${index + 1}`);
  const inputs = syntheticInputs(system, unitIds);
  const options = { tieRule: 'competition' as const, notApplicable: 'rescale' as const };
  figures['scoring.recompute_500x300_ms'] = {
    value: await medianMs(async () => scoreRubric(system, unitIds, inputs, options)),
    unit: 'ms',
    note: `${inputs.length} inputs, all old rule kinds incl. ranking tiers and frontier and composed rules (several rates with a veto, linear against the average), totals and ranks, median of ${RUNS} (target < 250)`,
  };
  const ruleTexts = Array.from({ length: 1000 }, (_, index) => RULE_CORPUS[index % RULE_CORPUS.length]!);
  figures['rubric.read_1000_rules_ms'] = {
    value: await medianMs(async () => {
      for (const entry of ruleTexts) readRule(entry.text, '指标', Math.round(entry.max * 100));
    }),
    unit: 'ms',
    note: `1,000 评分标准 (the ${RULE_CORPUS.length} texts of the rule corpus, repeated) through the reader, Node, median of ${RUNS} (target < 200)`,
  };
  const scores = scoreRubric(system, unitIds, inputs, options);
  let step = 0;
  const nodeCellMs = await medianMs(async () => rescoreCell(system, scores, `i${6 + 10 * (step++ % 30)}`, '单位7', step % 100), 21);
  const browser = await measureInBrowser();
  figures['scoring.cell_update_ms'] = {
    value: browser ? Math.round(browser.cellUpdateMs * 10) / 10 : nodeCellMs,
    unit: 'ms',
    note: `one ranking-tier cell changed → column, totals and ranks of 500 units × 300 indicators, in ${browser ? 'Chromium' : 'Node (Chromium not found)'} (Node: ${nodeCellMs} ms; target < 16)`,
  };
  if (browser?.startupMs !== null && browser?.startupMs !== undefined) {
    figures['ui.startup_ms'] = {
      value: browser.startupMs,
      unit: 'ms',
      note: 'built browser edition: navigation to the menu being shown, median of 5 (target < 1500; run `npm run build:web` first)',
    };
  }
  if (browser?.startupMs !== null && browser?.startupMs !== undefined) await addHistoryAndMergeFigures(figures);
  const ui = await measureUi();
  if (ui) {
    figures['ui.scroll_p95_frame_ms'] = {
      value: ui.scrollP95FrameMs,
      unit: 'ms',
      note: `总览表 grid of 500 units × 300 indicators (merged from a .kaoping package) scrolled down and across for 3 s, ${ui.frames} frames, 95th percentile (60 fps = 16.7)`,
    };
    figures['ui.heap_500x300_mb'] = {
      value: ui.heapMb,
      unit: 'MB',
      note: 'JS heap after garbage collection with that evaluation open in the grid, Chromium (target < 300)',
    };
  }
  const checklist = await measureChecklistScroll();
  if (checklist) {
    figures['ui.checklist_scroll_p95_frame_ms'] = {
      value: checklist.scrollP95FrameMs,
      unit: 'ms',
      note: `任务清单 tree of ${checklist.items} items (a 2.5 MB policy text imported through the window) scrolled down for 3 s, ${checklist.frames} frames, 95th percentile (60 fps = 16.7)`,
    };
  }
  const exports = await measureExports(200, 300);
  const spread = (ratio: PairedRatio): string => `median of ${ratio.pairs} interleaved pairs, spread ${ratio.min}–${ratio.max}`;
  figures['export.xlsx_overhead_ratio'] = {
    value: exports.xlsx.ratio,
    unit: 'ratio',
    note: `200 units × 300 indicators: summary + 200 score sheets ${exports.xlsx.oursMs} ms vs the same cells written plainly with ExcelJS ${exports.xlsx.plainMs} ms, ${spread(exports.xlsx)} (target ≤ 1.2)`,
  };
  figures['export.docx_overhead_ratio'] = {
    value: exports.docx.ratio,
    unit: 'ratio',
    note: `20 评价报告 ${exports.docx.oursMs} ms vs the same text and tables written plainly with docx ${exports.docx.plainMs} ms, ${spread(exports.docx)} (target ≤ 1.2)`,
  };
  figures['export.docx_200_ms'] = {
    value: exports.docx200Ms,
    unit: 'ms',
    note: '200 Word 评价报告 of a 300-indicator evaluation, no charts (target < 10000)',
  };
  const storage = await measureStorageInBrowser(100_000);
  if (storage) {
    const rate = (ms: number) => Math.round(storage.records / (ms / 1000));
    figures['storage.bulk_ratio_vs_raw_idb'] = {
      value: Math.round((100 * storage.rawMs) / storage.storageLayerMs) / 100,
      unit: 'ratio',
      note: `${storage.records / 1000}k score records in one transaction, Chromium: storage layer (Dexie, chunked) ${Math.round(storage.storageLayerMs)} ms = ${rate(storage.storageLayerMs)}/s vs raw IndexedDB puts ${Math.round(storage.rawMs)} ms = ${rate(storage.rawMs)}/s; throughput relative to raw (target ≥ 0.8)`,
    };
  }
  if (process.argv.includes('--json')) {
    const json = Object.fromEntries(Object.entries(figures).map(([name, { value, unit }]) => [name, { value, unit }]));
    process.stdout.write(`${JSON.stringify(json)}\n`);
    return;
  }
  for (const [name, figure] of Object.entries(figures))
    console.log(`${name.padEnd(30)} ${String(figure.value).padStart(9)} ${figure.unit}   ${figure.note}`);
}

await main();
