// 全局搜索 (Ctrl+K): one box over documents, checklist items, indicators, units and the ledger;
// ↑/↓ choose, Enter opens the page that holds the hit.
import { SearchOutlined } from '@ant-design/icons';
import { Empty, Input, List, Modal, Tag, Typography } from 'antd';
import { type KeyboardEvent as ReactKeyboardEvent, useEffect, useMemo, useState } from 'react';

import { globalSearch, type SearchHit, type SearchKind } from '#shared/search/global-search';

import { t } from '../../i18n';
import { useUiStore } from '../../stores/ui-store';
import { useSearchSources } from './use-search-sources';

const KIND_LABELS: Record<SearchKind, { label: string; color: string }> = {
  document: { label: t('政策文件'), color: 'red' },
  item: { label: t('清单条目'), color: 'green' },
  indicator: { label: t('评价指标'), color: 'blue' },
  unit: { label: t('被评价单位'), color: 'purple' },
  rectification: { label: t('整改事项'), color: 'orange' },
};

export function GlobalSearch() {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const sources = useSearchSources(open);
  const hits = useMemo(() => (sources ? globalSearch(query, sources) : []), [sources, query]);
  const openDocument = useUiStore((state) => state.openDocument);
  const openSystem = useUiStore((state) => state.openSystem);
  const showPage = useUiStore((state) => state.showPage);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    setActive(0);
  }, [query]);

  const go = (hit: SearchHit) => {
    setOpen(false);
    if (hit.kind === 'document' || hit.kind === 'item') openDocument(hit.openId);
    else if (hit.kind === 'indicator') openSystem(hit.openId);
    else showPage(hit.kind === 'unit' ? 'units' : 'ledger');
  };
  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0));
    else if (event.key === 'Enter' && hits[active]) go(hits[active]);
    else return;
    event.preventDefault();
  };

  return (
    <>
      <Input prefix={<SearchOutlined />} placeholder={t('搜索  Ctrl+K')} readOnly onClick={() => setOpen(true)} data-testid="open-search" />
      <Modal open={open} onCancel={() => setOpen(false)} footer={null} title={t('搜索')} width={760} destroyOnHidden>
        <Input.Search
          autoFocus
          allowClear
          placeholder={t('文件标题或文号、措施内容、责任单位、指标名称、被评价单位……（空格分隔多个词）')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          data-testid="search-input"
        />
        <div style={{ maxHeight: 480, overflow: 'auto', marginTop: 12 }} data-testid="search-results">
          {query.trim() && hits.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('没有找到')} />
          ) : (
            <List
              size="small"
              dataSource={hits}
              renderItem={(hit, index) => (
                <List.Item
                  onClick={() => go(hit)}
                  onMouseEnter={() => setActive(index)}
                  style={{ cursor: 'pointer', background: index === active ? 'var(--ant-color-primary-bg)' : undefined, display: 'block' }}
                >
                  <Tag color={KIND_LABELS[hit.kind].color}>{KIND_LABELS[hit.kind].label}</Tag>
                  <Typography.Text strong>{hit.title}</Typography.Text>
                  {hit.snippet && hit.snippet !== hit.title && (
                    <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0', fontSize: 12 }} ellipsis={{ rows: 1 }}>
                      {hit.snippet}
                    </Typography.Paragraph>
                  )}
                </List.Item>
              )}
            />
          )}
        </div>
      </Modal>
    </>
  );
}
