// Runs report jobs in a Web Worker: progress reported, cancellable, the UI never blocked.
import type { ChecklistEvaluationData } from '#shared/export/batch-reports';

import { t } from '../i18n';
import type { ReportJob, ReportMessage } from '../workers/report-worker';

export type JobHandle = { result: Promise<Uint8Array | null>; cancel: () => void };

/** Starts a job; `result` resolves to the bytes, or null when cancelled; rejects with the worker's error. */
export function startReportJob(
  kind: ReportJob['kind'],
  data: ChecklistEvaluationData,
  onProgress: (done: number, total: number) => void,
): JobHandle {
  const worker = new Worker(new URL('../workers/report-worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<Uint8Array | null>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ReportMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.done, message.total);
      else {
        worker.terminate();
        if (message.type === 'done') resolve(message.bytes);
        else if (message.type === 'cancelled') resolve(null);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(t('导出失败：{{message}}', { message: event.message })));
    };
  });
  worker.postMessage({ kind, data } satisfies ReportJob);
  return { result, cancel: () => worker.postMessage('cancel') };
}
