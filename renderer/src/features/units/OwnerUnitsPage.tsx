// 责任单位名录: every owner named in the stored checklists with how often, the names it is also
// written as, suggested merges (市发改委 = 市发展改革委), and merging chosen names into one.
import { Alert, App, Button, Card, Input, List, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';

import { ownerUsage, suggestAliases } from '#shared/import/unit-aliases';

import { PageHeader } from '../../app/PageHeader';
import { useGuardedAction } from '../../app/use-guarded-action';
import { t } from '../../i18n';
import { useOwnerUnitCommands, useOwnerUnitSources } from './owner-unit-data';

export function OwnerUnitsPage() {
  const sources = useOwnerUnitSources();
  const items = sources?.items;
  const aliases = sources?.aliases;
  const { mergeOwnerUnits } = useOwnerUnitCommands();
  const usage = useMemo(() => ownerUsage(items ?? []), [items]);
  const suggestions = useMemo(
    () =>
      suggestAliases(
        usage.map((entry) => entry.name),
        aliases ?? new Map(),
      ),
    [usage, aliases],
  );
  const alsoWritten = useMemo(() => {
    const byCanonical = new Map<string, string[]>();
    for (const [alias, canonical] of aliases ?? []) byCanonical.set(canonical, [...(byCanonical.get(canonical) ?? []), alias]);
    return byCanonical;
  }, [aliases]);
  const [selected, setSelected] = useState<string[]>([]);
  const [keep, setKeep] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const shown = useMemo(() => (search ? usage.filter((entry) => entry.name.includes(search.trim())) : usage), [usage, search]);
  const { error, clearError, run } = useGuardedAction();
  const { message } = App.useApp();

  const merge = (names: string[], canonical: string) =>
    run(async () => {
      const rewritten = await mergeOwnerUnits(names, canonical);
      void message.success(
        t('已合并为“{{canonical}}”，更新 {{rewritten}} 条任务；以后导入的文件也按此名称记录', {
          canonical: canonical,
          rewritten: rewritten,
        }),
      );
      setSelected([]);
      setKeep(null);
    });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('责任单位名录')} />
      <Typography.Text type="secondary">
        {t(
          '各文件中出现的牵头、责任和配合单位。同一单位写法不同（如“市发改委”与“市发展改革委”）时可合并：已导入的清单随之更新，以后导入的文件自动按合并后的名称记录。',
        )}
      </Typography.Text>
      {error && <Alert type="error" showIcon message={error} closable onClose={clearError} />}
      {suggestions.length > 0 && (
        <Card
          size="small"
          title={t('可能是同一单位（{{length}} 组，请核实后合并）', { length: suggestions.length })}
          data-testid="alias-suggestions"
        >
          <List
            size="small"
            style={{ maxHeight: 220, overflow: 'auto' }}
            dataSource={suggestions}
            renderItem={(suggestion) => (
              <List.Item
                actions={[
                  <a key="merge" onClick={() => void merge([suggestion.alias, suggestion.canonical], suggestion.canonical)}>
                    {t('合并为“{{canonical}}”', { canonical: suggestion.canonical })}
                  </a>,
                ]}
              >
                {t('“{{alias}}” 与 “{{canonical}}”', { alias: suggestion.alias, canonical: suggestion.canonical })}
              </List.Item>
            )}
          />
        </Card>
      )}
      <Space wrap>
        <Input.Search
          allowClear
          placeholder={t('搜索单位名称')}
          style={{ width: 240 }}
          onChange={(event) => setSearch(event.target.value)}
          data-testid="owner-search"
        />
        <Typography.Text>{t('已选 {{length}} 个名称，合并为', { length: selected.length })}</Typography.Text>
        <Select
          style={{ width: 280 }}
          placeholder={t('选择保留的名称')}
          value={keep}
          onChange={setKeep}
          options={selected.map((name) => ({ value: name, label: name }))}
          data-testid="merge-keep"
        />
        <Button
          type="primary"
          disabled={selected.length < 2 || !keep || !selected.includes(keep)}
          onClick={() => keep && void merge(selected, keep)}
          data-testid="merge-selected"
        >
          {t('合并')}
        </Button>
      </Space>
      <Table
        rowKey="name"
        size="small"
        loading={items === undefined}
        dataSource={shown}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        rowSelection={{ selectedRowKeys: selected, preserveSelectedRowKeys: true, onChange: (keys) => setSelected(keys as string[]) }}
        locale={{ emptyText: t('尚无导入的任务清单。') }}
        data-testid="owner-units"
        columns={[
          { title: t('单位名称'), dataIndex: 'name' },
          { title: t('又称'), width: 320, render: (_, entry) => (alsoWritten.get(entry.name) ?? []).join('、') },
          { title: t('涉及条目'), dataIndex: 'count', width: 100 },
        ]}
      />
    </Space>
  );
}
