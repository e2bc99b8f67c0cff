// Builds long exports off the UI thread: batch of reports (zip) or the consolidated report.
/// <reference lib="webworker" />
import { buildConsolidated, buildReportBatch, type ChecklistEvaluationData, ExportCancelled } from '#shared/export/batch-reports';

export type ReportJob = { kind: 'batch' | 'consolidated'; data: ChecklistEvaluationData };
export type ReportMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'cancelled' }
  | { type: 'error'; message: string };

let cancelled = false;

self.onmessage = async (event: MessageEvent<ReportJob | 'cancel'>) => {
  if (event.data === 'cancel') {
    cancelled = true;
    return;
  }
  cancelled = false;
  const post = (message: ReportMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);
  try {
    const job = event.data;
    const bytes =
      job.kind === 'batch'
        ? await buildReportBatch(
            job.data,
            (done, total) => post({ type: 'progress', done, total }),
            () => cancelled,
          )
        : await buildConsolidated(job.data);
    post({ type: 'done', bytes }, [bytes.buffer]);
  } catch (error) {
    post(
      error instanceof ExportCancelled
        ? { type: 'cancelled' }
        : { type: 'error', message: error instanceof Error ? error.message : String(error) },
    );
  }
};
