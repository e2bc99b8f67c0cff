// 合并冲突: records changed in both offices, side by side (value, who, when); the user keeps one
// per record or by rule. Until then both versions are kept.
import { Alert, Button, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';

import type { RecordMeta } from '#shared/domain/record-meta';
import { describeDifferences } from '#shared/exchange/record-diff';

import { describeError } from '../../app/describe-error';
import type { StoredConflict } from '../../db/database';
import { t } from '../../i18n';
import { useEvaluationCommands } from './evaluation-commands';

type Props = { conflicts: StoredConflict[]; describe: (conflict: StoredConflict) => string; onError: (message: string) => void };

/** One side: the value and who changed it when (to the second, so the later change can be told); the incoming side's author as the package claims it (据包声明). */
function side(record: StoredConflict['mine'], claimed: boolean): string {
  const meta = record.meta as RecordMeta | undefined;
  const value = 'value' in record ? JSON.stringify(record.value) : String(record.name ?? '');
  const author = meta?.changedBy || t('未署名');
  const when = meta?.changedAt ? dayjs(meta.changedAt).format(t('YYYY年M月D日 HH:mm:ss')) : t('时间不详');
  return `${value === 'null' ? t('不适用') : value}（${claimed ? t('据包声明：{{author}}', { author }) : author}，${when}）`;
}

/** For a changed definition (indicator system, evaluation, unit): the fields that differ. */
function differences(conflict: StoredConflict): string | null {
  if ('value' in conflict.mine) return null;
  return describeDifferences(conflict.mine, conflict.theirs).join('\n') || null;
}

export function ConflictReview({ conflicts, describe, onError }: Props) {
  const { resolveStoredConflict } = useEvaluationCommands();
  if (conflicts.length === 0) return null;
  const resolve = (conflict: StoredConflict, keep: 'mine' | 'theirs') =>
    resolveStoredConflict(conflict.id, keep).catch((error: unknown) => onError(describeError(error)));
  const newer = (conflict: StoredConflict): 'mine' | 'theirs' =>
    ((conflict.theirs.meta as RecordMeta | undefined)?.changedAt ?? '') > ((conflict.mine.meta as RecordMeta | undefined)?.changedAt ?? '')
      ? 'theirs'
      : 'mine';
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="conflict-review">
      <Alert
        type="warning"
        showIcon
        message={t('有 {{length}} 处合并冲突：同一项在两处都被修改过。在您选择之前，两个版本都会保留，本机暂按本方版本计分。', {
          length: conflicts.length,
        })}
      />
      <Space>
        <Button onClick={() => void Promise.all(conflicts.map((conflict) => resolve(conflict, newer(conflict))))}>
          {t('全部采用较新的修改')}
        </Button>
        <Button onClick={() => void Promise.all(conflicts.map((conflict) => resolve(conflict, 'mine')))}>{t('全部保留本方')}</Button>
      </Space>
      <Table<StoredConflict>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={conflicts}
        columns={[
          {
            title: t('项目'),
            render: (_, conflict) => (
              <Typography.Text>
                {describe(conflict)}
                {conflict.reason === 'outOfScope' && (
                  <>
                    <br />
                    <Typography.Text type="danger">{t('超出对方评价包声明的范围，未自动采用')}</Typography.Text>
                  </>
                )}
                {differences(conflict) && (
                  <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-line', margin: 0 }}>
                    {differences(conflict)}
                  </Typography.Paragraph>
                )}
              </Typography.Text>
            ),
          },
          { title: t('本方'), render: (_, conflict) => side(conflict.mine, false) },
          {
            title: t('对方'),
            render: (_, conflict) => (
              <Typography.Text>
                {side(conflict.theirs, true)}
                <br />
                <Typography.Text type="secondary">{t('来自 {{source}}', { source: conflict.source })}</Typography.Text>
              </Typography.Text>
            ),
          },
          {
            title: t('选择'),
            width: 180,
            render: (_, conflict) => (
              <Space>
                <Button size="small" onClick={() => void resolve(conflict, 'mine')}>
                  {t('用本方')}
                </Button>
                <Button size="small" type="primary" data-testid="keep-theirs" onClick={() => void resolve(conflict, 'theirs')}>
                  {t('用对方')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
