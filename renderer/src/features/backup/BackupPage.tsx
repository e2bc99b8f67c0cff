// 备份与恢复: automatic and manual backups, restore (reversible), storage persistence and quota.
import { Alert, App, Button, Descriptions, Popconfirm, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';

import type { BackupEntry } from '#shared/ipc/contract';

import { PageHeader } from '../../app/PageHeader';
import { useGuardedAction } from '../../app/use-guarded-action';
import { t } from '../../i18n';
import { platform } from '../../platform';
import {
  backupLocation,
  backupNow,
  checkStorage,
  listBackups,
  onBackupsChanged,
  restoreBackup,
  restoreFromFile,
  saveBackupFile,
  type StorageState,
} from '../../services/backup-service';

const megabytes = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function BackupPage() {
  const [backups, setBackups] = useState<BackupEntry[] | undefined>(undefined);
  useEffect(() => {
    const load = () => void listBackups().then(setBackups);
    load();
    return onBackupsChanged(load);
  }, []);
  const { error, clearError, run } = useGuardedAction();
  const { message } = App.useApp();
  const [storage, setStorage] = useState<StorageState | null>(null);
  useEffect(() => {
    void checkStorage().then(setStorage);
  }, [backups?.length]);
  const nearlyFull = storage !== null && storage.quota > 0 && storage.usage / storage.quota > 0.8;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('备份与恢复')}>
        <Space wrap>
          <Button
            type="primary"
            onClick={() => void run(async () => (await backupNow(t('手动备份')), message.success(t('已备份'))))}
            data-testid="backup-now"
          >
            {t('立即备份')}
          </Button>
          <Button
            onClick={() => void run(async () => (await saveBackupFile()) && message.success(t('备份文件已导出')))}
            data-testid="download-backup"
          >
            {t('下载当前数据备份')}
          </Button>
          <Button
            onClick={() =>
              void run(async () => (await restoreFromFile()) && message.success(t('已从备份文件恢复（恢复前的数据已自动备份）')))
            }
            data-testid="restore-file"
          >
            {t('从备份文件恢复…')}
          </Button>
        </Space>
      </PageHeader>
      {error && <Alert type="error" showIcon message={error} closable onClose={clearError} />}
      {platform.kind === 'browser' && (
        <Alert
          type="info"
          showIcon
          message={t('浏览器版的数据保存在本浏览器中。建议每天用“下载当前数据备份”保存一份到电脑，以防清理浏览器数据时丢失。')}
        />
      )}
      {nearlyFull && (
        <Alert
          type="warning"
          showIcon
          message={t('存储空间即将用完（已用 {{megabytes}}，共 {{megabytes2}}），请删除不用的佐证材料或导出备份后清理。', {
            megabytes: megabytes(storage.usage),
            megabytes2: megabytes(storage.quota),
          })}
        />
      )}
      {storage && (
        <Descriptions size="small" bordered column={3}>
          <Descriptions.Item label={t('持久存储')}>
            {storage.persisted ? t('已启用（浏览器不会自动清除）') : t('未获准（浏览器空间紧张时可能清除，请定期下载备份）')}
          </Descriptions.Item>
          <Descriptions.Item label={t('已用空间')}>{megabytes(storage.usage)}</Descriptions.Item>
          <Descriptions.Item label={t('可用配额')}>{megabytes(storage.quota)}</Descriptions.Item>
        </Descriptions>
      )}
      <Typography.Text type="secondary">
        {t('每天首次打开、导入文件或评价包之前、恢复之前都会自动备份；保留最近 14 份，存放在{{location}}。', {
          location: backupLocation(),
        })}
      </Typography.Text>
      <Table<BackupEntry>
        rowKey="id"
        size="small"
        pagination={false}
        loading={backups === undefined}
        dataSource={backups ?? []}
        locale={{ emptyText: t('尚无备份') }}
        data-testid="backup-table"
        columns={[
          { title: t('时间'), dataIndex: 'createdAt', render: (value: string) => dayjs(value).format(t('YYYY年M月D日 HH:mm:ss')) },
          { title: t('原因'), dataIndex: 'reason' },
          { title: t('大小'), dataIndex: 'size', render: (size: number) => megabytes(size) },
          {
            title: t('操作'),
            render: (_, backup) => (
              <Space>
                <a onClick={() => void run(() => saveBackupFile(backup.id))}>{t('下载')}</a>
                <Popconfirm
                  title={t('用这份备份替换当前全部数据？当前数据会先自动备份。')}
                  okText={t('恢复')}
                  cancelText={t('取消')}
                  onConfirm={() => void run(async () => (await restoreBackup(backup.id), message.success(t('已恢复'))))}
                >
                  <a data-testid="restore-backup">{t('恢复')}</a>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
