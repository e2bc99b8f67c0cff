// 合并冲突: records changed in both offices, side by side (value, who, when); the user keeps one
// per record or by rule. Until then both versions are kept.
import { Alert, Button, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { canonicalJson, type RecordMeta } from '../../../../shared/exchange/record-meta';
import { db } from '../../db/connection';
import { describeError } from '../../app/describe-error';
import type { StoredConflict } from '../../db/database';
import { resolveStoredConflict } from '../../db/package-repository';
import { t } from '../../i18n';

type Props = { conflicts: StoredConflict[]; describe: (conflict: StoredConflict) => string; inspector: string; onError: (message: string) => void };

/** Fields that say who saved a record and when, shown beside the value rather than as it. */
const BOOKKEEPING = new Set(['id', 'meta', 'updatedAt', 'inspector']);

/** What one side holds where the two differ: the input's value, else each differing field. */
function valueOf(record: StoredConflict['mine'], other: StoredConflict['mine']): string {
  if ('value' in record) return record.value === null ? t('不适用') : JSON.stringify(record.value);
  const differing = Object.keys({ ...record, ...other }).filter((key) => !BOOKKEEPING.has(key) && canonicalJson(record[key]) !== canonicalJson(other[key]));
  return differing.map((key) => `${key}: ${typeof record[key] === 'string' ? record[key] : JSON.stringify(record[key] ?? null)}`).join('；') || String(record.name ?? '');
}

/** One side: its value, who changed it and when — to the second, so the later change can be told. */
function side(record: StoredConflict['mine'], other: StoredConflict['mine']): string {
  const meta = record.meta as RecordMeta | undefined;
  return `${valueOf(record, other)}（${meta?.changedBy || t('未署名')}，${meta?.changedAt ? dayjs(meta.changedAt).format(t('YYYY年M月D日 HH:mm:ss')) : t('时间不详')}）`;
}

export function ConflictReview({ conflicts, describe, inspector, onError }: Props) {
  if (conflicts.length === 0) return null;
  const resolve = (conflict: StoredConflict, keep: 'mine' | 'theirs') => resolveStoredConflict(db, conflict.id, keep, inspector).catch((error: unknown) => onError(describeError(error)));
  const newer = (conflict: StoredConflict): 'mine' | 'theirs' => (((conflict.theirs.meta as RecordMeta | undefined)?.changedAt ?? '') > ((conflict.mine.meta as RecordMeta | undefined)?.changedAt ?? '') ? 'theirs' : 'mine');
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="conflict-review">
      <Alert type="warning" showIcon message={t('有 {{length}} 处合并冲突：同一项在两处都被修改过。在您选择之前，两个版本都会保留，本机暂按本方版本计分。', { length: conflicts.length })} />
      <Space>
        <Button onClick={() => void Promise.all(conflicts.map((conflict) => resolve(conflict, newer(conflict))))}>{t('全部采用较新的修改')}</Button>
        <Button onClick={() => void Promise.all(conflicts.map((conflict) => resolve(conflict, 'mine')))}>{t('全部保留本方')}</Button>
      </Space>
      <Table<StoredConflict>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={conflicts}
        columns={[
          { title: t('项目'), render: (_, conflict) => describe(conflict) },
          { title: t('本方'), render: (_, conflict) => side(conflict.mine, conflict.theirs) },
          { title: t('对方'), render: (_, conflict) => <Typography.Text>{side(conflict.theirs, conflict.mine)}<br /><Typography.Text type="secondary">{t('来自 {{source}}', { source: conflict.source })}</Typography.Text></Typography.Text> },
          {
            title: t('选择'),
            width: 180,
            render: (_, conflict) => (
              <Space>
                <Button size="small" onClick={() => void resolve(conflict, 'mine')}>{t('用本方')}</Button>
                <Button size="small" type="primary" data-testid="keep-theirs" onClick={() => void resolve(conflict, 'theirs')}>{t('用对方')}</Button>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
