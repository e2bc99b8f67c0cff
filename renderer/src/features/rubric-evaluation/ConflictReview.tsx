// 合并冲突: records changed in both offices, side by side (value, who, when); the user keeps one
// per record or by rule. Until then both versions are kept.
import { Alert, Button, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { RecordMeta } from '../../../../shared/exchange/record-meta';
import { db } from '../../db/connection';
import { describeError } from '../../app/describe-error';
import type { StoredConflict } from '../../db/database';
import { resolveStoredConflict } from '../../db/package-repository';

type Props = { conflicts: StoredConflict[]; describe: (conflict: StoredConflict) => string; inspector: string; onError: (message: string) => void };

function side(record: StoredConflict['mine']): string {
  const meta = record.meta as RecordMeta | undefined;
  const value = 'value' in record ? JSON.stringify(record.value) : String(record.name ?? '');
  return `${value === 'null' ? '不适用' : value}（${meta?.changedBy || '未署名'}，${meta?.changedAt ? dayjs(meta.changedAt).format('M月D日 HH:mm') : '时间不详'}）`;
}

export function ConflictReview({ conflicts, describe, inspector, onError }: Props) {
  if (conflicts.length === 0) return null;
  const resolve = (conflict: StoredConflict, keep: 'mine' | 'theirs') => resolveStoredConflict(db, conflict.id, keep, inspector).catch((error: unknown) => onError(describeError(error)));
  const newer = (conflict: StoredConflict): 'mine' | 'theirs' => (((conflict.theirs.meta as RecordMeta | undefined)?.changedAt ?? '') > ((conflict.mine.meta as RecordMeta | undefined)?.changedAt ?? '') ? 'theirs' : 'mine');
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="conflict-review">
      <Alert type="warning" showIcon message={`有 ${conflicts.length} 处合并冲突：同一项在两处都被修改过。在您选择之前，两个版本都会保留，本机暂按本方版本计分。`} />
      <Space>
        <Button onClick={() => void Promise.all(conflicts.map((conflict) => resolve(conflict, newer(conflict))))}>全部采用较新的修改</Button>
        <Button onClick={() => void Promise.all(conflicts.map((conflict) => resolve(conflict, 'mine')))}>全部保留本方</Button>
      </Space>
      <Table<StoredConflict>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={conflicts}
        columns={[
          { title: '项目', render: (_, conflict) => describe(conflict) },
          { title: '本方', render: (_, conflict) => side(conflict.mine) },
          { title: '对方', render: (_, conflict) => <Typography.Text>{side(conflict.theirs)}<br /><Typography.Text type="secondary">来自 {conflict.source}</Typography.Text></Typography.Text> },
          {
            title: '选择',
            width: 180,
            render: (_, conflict) => (
              <Space>
                <Button size="small" onClick={() => void resolve(conflict, 'mine')}>用本方</Button>
                <Button size="small" type="primary" data-testid="keep-theirs" onClick={() => void resolve(conflict, 'theirs')}>用对方</Button>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
