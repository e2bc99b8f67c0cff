// The merge dialog: before a package is merged, what it brings (records per table, evidence bytes)
// and who claims to send it for what scope; after the user confirms, a progress bar while the
// records are written, then the outcome. Mounted once; packages arrive through usePackageMerge.
import { Alert, Button, Descriptions, Modal, Progress, Space, Table, Typography } from 'antd';
import { useState } from 'react';

import { formatBytes } from '#shared/exchange/evidence-file';
import type { PackageSizes } from '#shared/exchange/package-sizes';

import { describeError } from '../../app/describe-error';
import type { ImportSummary } from '../../db/package-repository';
import { t } from '../../i18n';
import { packageScopeLabels, packageTableLabels } from '../../i18n/domain-labels';
import { mergeOpenedPackage, type OpenedPackage, refusedNotice } from '../../services/package-service';
import { usePackageMerge } from '../../stores/package-merge-store';
import { useUiStore } from '../../stores/ui-store';

type MergeState =
  | { phase: 'ready' }
  | { phase: 'merging'; done: number; total: number }
  | { phase: 'merged'; summary: ImportSummary; total: number }
  | { phase: 'failed'; error: string };

/** Shows the package waiting in usePackageMerge, if any. */
export function PackageMergeDialog() {
  const opened = usePackageMerge((state) => state.opened);
  const close = usePackageMerge((state) => state.close);
  // Keyed by the package, so each one starts from its own 'ready' state.
  return opened ? <MergeDialog key={`${opened.fileName}|${opened.manifest.createdAt}`} opened={opened} onClose={close} /> : null;
}

function MergeDialog({ opened, onClose }: { opened: OpenedPackage; onClose: () => void }) {
  const [state, setState] = useState<MergeState>({ phase: 'ready' });
  const openEvaluation = useUiStore((store) => store.openEvaluation);
  const merge = async () => {
    let all = opened.sizes.records;
    setState({ phase: 'merging', done: 0, total: all });
    try {
      const summary = await mergeOpenedPackage(opened, (done, total) => {
        all = total;
        setState({ phase: 'merging', done, total });
      });
      setState({ phase: 'merged', summary, total: all });
      if (summary.evaluationId) openEvaluation(summary.evaluationId);
    } catch (error) {
      setState({ phase: 'failed', error: describeError(error) });
    }
  };
  const busy = state.phase === 'merging';
  const footer =
    state.phase === 'ready' || state.phase === 'merging'
      ? [
          <Button key="cancel" disabled={busy} onClick={onClose} data-testid="merge-package-cancel">
            {t('取消')}
          </Button>,
          <Button key="merge" type="primary" loading={busy} onClick={() => void merge()} data-testid="merge-package-confirm">
            {t('合并')}
          </Button>,
        ]
      : [
          <Button key="close" type="primary" onClick={onClose} data-testid="merge-package-close">
            {t('关闭')}
          </Button>,
        ];
  return (
    <Modal
      open
      title={t('合并评价包“{{name}}”', { name: opened.fileName })}
      width={640}
      closable={!busy}
      maskClosable={false}
      keyboard={!busy}
      onCancel={busy ? undefined : onClose}
      footer={footer}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="merge-package-dialog">
        <PackageDeclaration opened={opened} />
        <SizesTable sizes={opened.sizes} />
        <MergeProgress state={state} fileName={opened.fileName} />
      </Space>
    </Modal>
  );
}

/** Who the package says sent it, when, and what it says it covers — as claimed, not verified. */
function PackageDeclaration({ opened }: { opened: OpenedPackage }) {
  const { manifest, data } = opened;
  const unitNames = new Map((data.tables.units ?? []).map((unit) => [unit.id, String(unit.name)]));
  const scopeUnits = manifest.scope.unitIds?.map((id) => unitNames.get(id) ?? id).join('、');
  return (
    <Descriptions size="small" column={1} bordered data-testid="merge-package-declaration">
      <Descriptions.Item label={t('发送方（据包声明）')}>{manifest.createdBy || t('未署名')}</Descriptions.Item>
      <Descriptions.Item label={t('生成时间')}>{manifest.createdAt.slice(0, 16).replace('T', ' ')}</Descriptions.Item>
      <Descriptions.Item label={t('声明的范围')}>
        {packageScopeLabels()[manifest.scope.kind]}
        {manifest.scope.description ? `：${manifest.scope.description}` : ''}
        {scopeUnits ? t('（单位：{{units}}）', { units: scopeUnits }) : ''}
        {manifest.scope.inspector ? t('（评价员：{{inspector}}）', { inspector: manifest.scope.inspector }) : ''}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** Records per table, the total, and the evidence files with their bytes. */
function SizesTable({ sizes }: { sizes: PackageSizes }) {
  const labels = packageTableLabels();
  const rows = sizes.tables.map((entry) => ({ key: entry.table, label: labels[entry.table], records: entry.records.toLocaleString() }));
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        data-testid="merge-package-sizes"
        columns={[
          { title: t('内容'), dataIndex: 'label' },
          { title: t('记录数'), dataIndex: 'records', align: 'right' },
        ]}
      />
      <Typography.Text data-testid="merge-package-totals">
        {t('共 {{records}} 条记录；佐证材料 {{files}} 个，共 {{bytes}}', {
          records: sizes.records.toLocaleString(),
          files: sizes.evidenceFiles,
          bytes: formatBytes(sizes.evidenceBytes),
        })}
      </Typography.Text>
    </Space>
  );
}

/** The progress bar while merging, then the outcome (or the reason it failed, nothing written). */
function MergeProgress({ state, fileName }: { state: MergeState; fileName: string }) {
  if (state.phase === 'ready')
    return <Typography.Text type="secondary">{t('合并前会自动备份现有数据；超出包声明范围的内容不会直接生效。')}</Typography.Text>;
  if (state.phase === 'failed')
    return (
      <Alert
        type="error"
        showIcon
        message={t('未能合并“{{name}}”，现有数据未改动', { name: fileName })}
        description={state.error}
        data-testid="merge-package-error"
      />
    );
  const [done, total] = state.phase === 'merging' ? [state.done, state.total] : [state.total, state.total];
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <Progress percent={percent} status={state.phase === 'merging' ? 'active' : 'success'} data-testid="merge-package-progress" />
      <Typography.Text data-testid="merge-package-written">
        {t('已处理 {{done}} / {{total}} 条记录', { done: done.toLocaleString(), total: total.toLocaleString() })}
      </Typography.Text>
      {state.phase === 'merged' && <MergeOutcome summary={state.summary} fileName={fileName} />}
    </Space>
  );
}

function MergeOutcome({ summary, fileName }: { summary: ImportSummary; fileName: string }) {
  const refused = refusedNotice(fileName, summary);
  const conflicts = summary.conflicts ? t('，冲突 {{count}} 项待处理', { count: summary.conflicts }) : '';
  const evidence = summary.evidenceAdded ? t('（含佐证材料 {{count}} 件）', { count: summary.evidenceAdded }) : '';
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }} data-testid="merge-package-outcome">
      <Alert
        type="success"
        showIcon
        message={t('已合并“{{name}}”：新增 {{added}} 项{{evidence}}，更新 {{updated}} 项，未变 {{unchanged}} 项{{conflicts}}', {
          name: fileName,
          added: summary.added,
          evidence,
          updated: summary.updated,
          unchanged: summary.unchanged,
          conflicts,
        })}
      />
      {refused && <Alert type="warning" showIcon message={refused} />}
    </Space>
  );
}
