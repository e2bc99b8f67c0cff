// Batch exports of an evaluation (every unit's report zipped, or one consolidated report), built
// in a Web Worker with progress and a cancel button.
import { Button, Modal, Progress, Space } from 'antd';
import { useRef, useState } from 'react';

import type { Evaluation } from '#shared/domain/evaluation';

import { describeError } from '../../app/describe-error';
import { t } from '../../i18n';
import { platform } from '../../platform';
import { checklistJobData, type ReportSigning } from '../../services/export-service';
import { type JobHandle, startReportJob } from '../../services/report-jobs';
import { useReportSettings } from '../../stores/report-settings-store';
import { ReportSigningDialog } from '../reports/ReportSigningDialog';

type Props = { evaluation: Evaluation; onDone: (message: string) => void; onError: (message: string) => void };

export function BatchExport({ evaluation, onDone, onError }: Props) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const job = useRef<JobHandle | null>(null);
  const [asking, setAsking] = useState<'batch' | 'consolidated' | null>(null);
  const { signingOffice, setSigningOffice } = useReportSettings();

  async function start(kind: 'batch' | 'consolidated', signing: ReportSigning) {
    try {
      setProgress({ done: 0, total: evaluation.unitIds.length });
      job.current = startReportJob(kind, await checklistJobData(evaluation, signing), (done, total) => setProgress({ done, total }));
      const bytes = await job.current.result;
      setProgress(null);
      if (!bytes) return onDone(t('已取消导出'));
      const name =
        kind === 'batch'
          ? t('{{name}}-各单位整改报告.zip', { name: evaluation.name })
          : t('{{name}}-整改报告（汇总）.docx', { name: evaluation.name });
      if (await platform.saveFile(name, bytes)) onDone(kind === 'batch' ? t('各单位整改报告已打包导出') : t('汇总整改报告已导出'));
    } catch (error) {
      setProgress(null);
      onError(describeError(error));
    }
  }

  return (
    <>
      <Space>
        <Button onClick={() => setAsking('batch')} data-testid="export-batch">
          {t('批量导出整改报告（zip）')}
        </Button>
        <Button onClick={() => setAsking('consolidated')} data-testid="export-consolidated">
          {t('汇总整改报告')}
        </Button>
      </Space>
      {asking && (
        <ReportSigningDialog
          title={asking === 'batch' ? t('批量导出整改报告（zip）') : t('汇总整改报告')}
          defaultIssuer={signingOffice}
          withIssuer={asking === 'consolidated'}
          onCancel={() => setAsking(null)}
          onExport={(signing) => {
            setAsking(null);
            if (asking === 'consolidated') setSigningOffice(signing.issuer);
            void start(asking, signing);
          }}
        />
      )}
      <Modal
        open={progress !== null}
        title={t('正在导出')}
        closable={false}
        maskClosable={false}
        footer={
          <Button onClick={() => job.current?.cancel()} data-testid="cancel-export">
            {t('取消')}
          </Button>
        }
      >
        {progress && (
          <Progress
            percent={progress.total ? Math.round((100 * progress.done) / progress.total) : 0}
            format={() => `${progress.done} / ${progress.total}`}
          />
        )}
      </Modal>
    </>
  );
}
