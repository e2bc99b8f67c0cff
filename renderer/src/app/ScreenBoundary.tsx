// One error boundary per screen: a screen that fails to draw (a malformed record, a bug) shows
// what failed, names the stored records that do not meet their schema, and offers the newest
// backup — the side menu and every other screen keep working.
import { Button, Popconfirm, Result, Space, Typography } from 'antd';
import { Component, type ReactNode, useEffect, useState } from 'react';

import type { BackupEntry } from '#shared/ipc/contract';

import { t } from '../i18n';
import { listBackups, restoreBackup } from '../services/backup-service';
import { useUiStore } from '../stores/ui-store';
import { useBrokenRecords } from './use-broken-records';

type State = { error: Error | null };

/** Catches a screen's rendering errors; `screen` names it (and a new screen starts afresh). */
export class ScreenBoundary extends Component<{ screen: string; children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <ScreenFailure screen={this.props.screen} error={this.state.error} onRetry={() => this.setState({ error: null })} />;
  }
}

function ScreenFailure({ screen, error, onRetry }: { screen: string; error: Error; onRetry: () => void }) {
  const showPage = useUiStore((state) => state.showPage);
  const broken = useBrokenRecords();
  const [backup, setBackup] = useState<BackupEntry | null>(null);
  useEffect(() => {
    void listBackups().then(
      (list) => setBackup(list[0] ?? null),
      () => setBackup(null),
    );
  }, []);
  return (
    <Result
      status="warning"
      title={t('“{{screen}}”无法显示', { screen })}
      subTitle={error.message}
      data-testid="screen-failure"
      extra={
        <Space direction="vertical" style={{ textAlign: 'left' }}>
          {broken && broken.length > 0 && (
            <Typography.Paragraph data-testid="broken-records">
              {t('以下记录格式不正确：')}
              {broken.map((record) => (
                <Typography.Text key={`${record.table}|${record.id}`} code style={{ display: 'block' }}>
                  {`${record.table} · ${record.id} · ${record.problem}`}
                </Typography.Text>
              ))}
            </Typography.Paragraph>
          )}
          <Space wrap>
            <Button onClick={onRetry}>{t('重试')}</Button>
            <Button onClick={() => showPage('home')}>{t('返回工作台')}</Button>
            {backup && (
              <Popconfirm
                title={t('用这份备份替换当前全部数据？当前数据会先自动备份。')}
                okText={t('恢复')}
                cancelText={t('取消')}
                onConfirm={() => void restoreBackup(backup.id).then(onRetry)}
              >
                <Button type="primary" data-testid="restore-last-backup">
                  {t('恢复最近的备份（{{when}}，{{reason}}）', {
                    when: backup.createdAt.slice(0, 16).replace('T', ' '),
                    reason: backup.reason,
                  })}
                </Button>
              </Popconfirm>
            )}
          </Space>
        </Space>
      }
    />
  );
}
