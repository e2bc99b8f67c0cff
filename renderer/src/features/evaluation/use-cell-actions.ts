// What a cell of the per-unit form does besides its value: evidence added from a file, a paste, a
// drop or the camera (a large file warned about), and a 发现问题 recorded into the 整改台账.
import { App } from 'antd';
import dayjs from 'dayjs';

import type { Evaluation, EvaluationInput } from '#shared/domain/evaluation';
import type { Indicator } from '#shared/domain/indicator-system';
import type { Unit } from '#shared/domain/types';
import { rectificationFromCell } from '#shared/rectification/ledger';

import { t } from '../../i18n';
import { platform } from '../../platform';
import { useReportSettings } from '../../stores/report-settings-store';
import { useUiStore } from '../../stores/ui-store';
import { useEvaluationCommands } from './evaluation-commands';

/** Files above this size (bytes) are stored with a warning about the space they take. */
const LARGE_EVIDENCE_BYTES = 20 * 1024 * 1024;

/** A file to attach: its name and bytes. */
type EvidenceFile = { name: string; bytes: Uint8Array; type?: string };

/**
 * The cell actions of `evaluation`, each run through `run` (which shows a failure on the page):
 * `store(input, files)`, `attach(input)` (a file picked), `recordFinding(unit, indicator, points,
 * reason, note)` (points in hundredths or null for 不适用; the deadline proposed from the report
 * settings). Evidence and findings are recorded for the current 评价员.
 */
export function useCellActions(evaluation: Evaluation, run: (action: () => Promise<unknown>) => Promise<unknown>) {
  const { addEvidence, addRectification } = useEvaluationCommands();
  const inspector = useUiStore((state) => state.inspector);
  const { message } = App.useApp();
  const store = (input: EvaluationInput, files: EvidenceFile[]) =>
    run(async () => {
      for (const file of files) {
        if (file.bytes.byteLength > LARGE_EVIDENCE_BYTES)
          message.warning(
            t('“{{name}}”较大（{{toFixed}} MB），会占用较多存储空间。', {
              name: file.name,
              toFixed: (file.bytes.byteLength / 1024 / 1024).toFixed(1),
            }),
          );
        await addEvidence(input, file, inspector);
      }
      if (files.length > 0) message.success(t('已添加佐证：{{join}}', { join: files.map((file) => file.name).join('、') }));
    });
  const attach = (input: EvaluationInput) =>
    run(async () => {
      const file = await platform.openFile([
        { name: t('佐证材料'), extensions: ['jpg', 'jpeg', 'png', 'pdf', 'doc', 'docx', 'xls', 'xlsx', 'txt', 'zip'] },
      ]);
      if (file) await store(input, [file]);
    });
  const recordFinding = (unit: Unit, indicator: Indicator, points: number | null, reason: string, note: string) =>
    run(async () => {
      const rectification = rectificationFromCell({
        evaluationId: evaluation.id,
        unitId: unit.id,
        unitName: unit.name,
        indicator,
        points,
        reason,
        note,
        today: dayjs().format('YYYY-MM-DD'),
        days: useReportSettings.getState().deadlineDays,
      });
      if (await addRectification(rectification, inspector))
        message.success(t('已记入整改台账（完成时限暂定{{text}}，可在台账中修改）', { text: rectification.deadline!.text }));
    });
  return { store, attach, recordFinding };
}
