// 工作台, the home screen: the next action one click away, every evaluation with each unit's
// progress, the ledger's overdue rectifications and the last backup. A first run offers to start
// from the bundled samples or to import a file.
import { Alert, App, Button, Card, Col, Empty, Progress, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';

import type { BackupEntry } from '#shared/ipc/contract';

import { PageHeader } from '../../app/PageHeader';
import { useGuardedAction } from '../../app/use-guarded-action';
import type { EvaluationProgress } from '../../db/workbench-repository';
import { t } from '../../i18n';
import { backupNow, listBackups, onBackupsChanged } from '../../services/backup-service';
import { SAMPLE_UNITS, startFromSample } from '../../services/sample-service';
import { useUiStore } from '../../stores/ui-store';
import { useImportFile } from '../documents/use-import-file';
import { useWorkbench } from './use-workbench';

const percent = (done: number, total: number) => (total === 0 ? 0 : Math.floor((100 * done) / total));

export function WorkbenchPage() {
  const today = dayjs().format('YYYY-MM-DD');
  const workbench = useWorkbench(today);
  const [lastBackup, setLastBackup] = useState<BackupEntry | null | undefined>(undefined);
  useEffect(() => {
    const load = () => void listBackups().then((backups) => setLastBackup(backups[0] ?? null));
    load();
    return onBackupsChanged(load);
  }, []);
  const showPage = useUiStore((state) => state.showPage);
  const openEvaluation = useUiStore((state) => state.openEvaluation);
  const importFile = useImportFile();
  const { error, clearError, run } = useGuardedAction();
  const { message } = App.useApp();

  const open = (evaluation: EvaluationProgress) => openEvaluation(evaluation.id);
  const next = workbench?.evaluations.find((evaluation) => evaluation.done < evaluation.total);
  const inProgress = workbench?.evaluations.filter((evaluation) => evaluation.done < evaluation.total).length ?? 0;
  const startSample = () =>
    run(async () => {
      const { rubricEvaluationId } = await startFromSample();
      void message.success(t('已导入示例文件和评分细则，并为{{join}}建立示例评价', { join: SAMPLE_UNITS.join('、') }));
      openEvaluation(rubricEvaluationId);
    });

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="workbench">
      <PageHeader
        title={
          <>
            {t('工作台')}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 14 }}>
              {dayjs().format(t('YYYY年M月D日 dddd'))}
            </Typography.Text>
          </>
        }
      >
        <Space>
          {next && (
            <Button type="primary" onClick={() => open(next)} data-testid="next-action">
              {t('继续：{{name}}（还剩 {{value}} 项）', { name: next.name, value: next.total - next.done })}
            </Button>
          )}
          <Button
            type={next ? 'default' : 'primary'}
            loading={importFile.reading}
            onClick={() => void importFile.start()}
            data-testid="import-button"
          >
            {t('导入文件')}
          </Button>
        </Space>
      </PageHeader>
      {importFile.error && (
        <Alert
          type="error"
          showIcon
          message={t('导入失败')}
          description={importFile.error}
          closable
          onClose={importFile.clearError}
          data-testid="import-error"
        />
      )}
      {error && <Alert type="error" showIcon message={error} closable onClose={clearError} />}
      {workbench?.firstRun && (
        <Card data-testid="first-run">
          <Empty description={t('还没有任何数据。可以从示例开始熟悉流程，也可以直接导入本地的政策文件或评分细则。')}>
            <Space>
              <Button type="primary" onClick={() => void startSample()} data-testid="start-sample">
                {t('从示例开始')}
              </Button>
              <Button onClick={() => void importFile.start()}>{t('导入文件')}</Button>
            </Space>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
              {t(
                '示例：导入《洛阳市进一步优化营商环境更好服务市场主体若干措施》（洛政办〔2021〕39号）和“办理建筑许可”评分细则，为{{join}}各建一次评价。',
                { join: SAMPLE_UNITS.join('、') },
              )}
            </Typography.Paragraph>
          </Empty>
        </Card>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card
            size="small"
            title={t('整改台账')}
            extra={<a onClick={() => showPage('ledger')}>{t('查看台账')}</a>}
            data-testid="workbench-ledger"
          >
            <Space size="large">
              <Statistic title={t('未完成')} value={workbench?.ledger.open ?? 0} suffix={t('项')} />
              <Statistic
                title={t('已逾期')}
                value={workbench?.ledger.overdue ?? 0}
                suffix={t('项')}
                styles={{ content: { color: workbench?.ledger.overdue ? '#cf1322' : undefined } }}
              />
            </Space>
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small" title={t('评价')} data-testid="workbench-evaluations-count">
            <Statistic title={t('进行中 / 全部')} value={`${inProgress} / ${workbench?.evaluations.length ?? 0}`} />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card
            size="small"
            title={t('数据备份')}
            extra={<a onClick={() => void run(() => backupNow(t('手动备份')))}>{t('立即备份')}</a>}
            data-testid="workbench-backup"
          >
            <Statistic
              title={t('最近一次')}
              value={lastBackup ? dayjs(lastBackup.createdAt).format(t('M月D日 HH:mm')) : lastBackup === null ? t('尚未备份') : '…'}
            />
            {lastBackup && <Typography.Text type="secondary">{lastBackup.reason}</Typography.Text>}
          </Card>
        </Col>
      </Row>
      {(workbench?.evaluations ?? []).map((evaluation) => (
        <Card
          key={evaluation.id}
          size="small"
          title={
            <Space>
              <Tag color={evaluation.kind === 'indicatorSystem' ? 'blue' : 'green'}>
                {evaluation.kind === 'indicatorSystem' ? t('指标评分') : t('清单督查')}
              </Tag>
              {evaluation.name}
              <Typography.Text type="secondary">{evaluation.basis}</Typography.Text>
            </Space>
          }
          extra={<a onClick={() => open(evaluation)}>{evaluation.done < evaluation.total ? t('继续') : t('查看')}</a>}
          data-testid="workbench-evaluation"
        >
          <Progress percent={percent(evaluation.done, evaluation.total)} format={() => `${evaluation.done} / ${evaluation.total}`} />
          <Table
            rowKey="unitId"
            size="small"
            // Ten units a page: years of evaluations of hundreds of units each stay quick to open.
            pagination={{ pageSize: 10, size: 'small', hideOnSinglePage: true, showSizeChanger: false }}
            dataSource={evaluation.units}
            style={{ marginTop: 8 }}
            columns={[
              { title: t('单位'), dataIndex: 'name', width: 200 },
              {
                title: t('进度'),
                render: (_, unit) => (
                  <Progress
                    size="small"
                    percent={percent(unit.done, unit.total)}
                    format={() => `${unit.done} / ${unit.total}`}
                    status={unit.done === unit.total ? 'success' : 'active'}
                  />
                ),
              },
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}
