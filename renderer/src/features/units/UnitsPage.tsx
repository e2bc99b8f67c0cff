// 被评价单位: create, rename, delete.
import { Alert, Button, Input, List, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';

/** A demo set (Luoyang's districts), added only when the user asks. */
const DEMO_UNITS = ['涧西区', '西工区', '老城区', '瀍河区', '洛龙区', '偃师区'];
import { PageHeader } from '../../app/PageHeader';
import { useGuardedAction } from '../../app/use-guarded-action';
import { useUnits } from '../../db/hooks';
import { t } from '../../i18n';
import { useUnitCommands } from './unit-commands';

export function UnitsPage() {
  const { createUnit, deleteUnit, renameUnit } = useUnitCommands();
  const units = useUnits();
  const [name, setName] = useState('');
  const { error, run } = useGuardedAction();

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
      <PageHeader title={t('被评价单位')} />
      <Space.Compact style={{ width: '100%' }}>
        <Input
          placeholder={t('单位名称，如：涧西区')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          onPressEnter={() => void run(async () => (await createUnit(name), setName('')))}
          data-testid="unit-name"
        />
        <Button type="primary" onClick={() => void run(async () => (await createUnit(name), setName('')))} data-testid="add-unit">
          {t('添加单位')}
        </Button>
      </Space.Compact>
      {error && <Alert type="error" showIcon message={error} />}
      <List
        bordered
        dataSource={units ?? []}
        locale={{
          emptyText: (
            <Space direction="vertical">
              <span>{t('尚无单位')}</span>
              <Button
                size="small"
                data-testid="add-demo-units"
                onClick={() =>
                  void run(async () => {
                    for (const demo of DEMO_UNITS) await createUnit(demo);
                  })
                }
              >
                {t('添加示例单位（洛阳市六个区）')}
              </Button>
            </Space>
          ),
        }}
        renderItem={(unit) => (
          <List.Item
            actions={[
              <Popconfirm
                key="delete"
                title={t('删除“{{name}}”及其评分？', { name: unit.name })}
                okText={t('删除')}
                cancelText={t('取消')}
                onConfirm={() => void run(() => deleteUnit(unit.id))}
              >
                <a>{t('删除')}</a>
              </Popconfirm>,
            ]}
          >
            <Typography.Text editable={{ onChange: (value) => void run(() => renameUnit(unit.id, value)), tooltip: t('重命名') }}>
              {unit.name}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Space>
  );
}
