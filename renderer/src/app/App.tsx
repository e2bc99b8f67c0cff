// The application frame: zh-CN Ant Design, a side menu of the four work areas.
import { App as AntApp, ConfigProvider, Layout, Menu, Tag, Typography } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { ChecklistPage } from '../features/checklist/ChecklistPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { WorkbenchPage } from '../features/workbench/WorkbenchPage';
import { ImportReviewPage } from '../features/import-review/ImportReviewPage';
import { EvaluationPage } from '../features/evaluation/EvaluationPage';
import { LedgerPage } from '../features/ledger/LedgerPage';
import { BackupPage } from '../features/backup/BackupPage';
import { IncomingFiles } from './IncomingFiles';
import { GlobalSearch } from '../features/search/GlobalSearch';
import { useEffect } from 'react';
import { dailyBackupIfDue } from '../services/backup-service';
import { RubricPage } from '../features/rubric/RubricPage';
import { RubricEvaluationPage } from '../features/rubric-evaluation/RubricEvaluationPage';
import { OwnerUnitsPage } from '../features/units/OwnerUnitsPage';
import { UnitsPage } from '../features/units/UnitsPage';
import { platform } from '../platform';
import { useUiStore, type PageKey } from '../stores/ui-store';

dayjs.locale('zh-cn');

const PAGES: Array<{ key: PageKey; label: string }> = [
  { key: 'home', label: '工作台' },
  { key: 'documents', label: '政策文件' },
  { key: 'checklist', label: '任务清单' },
  { key: 'ownerUnits', label: '责任单位' },
  { key: 'units', label: '被评价单位' },
  { key: 'evaluation', label: '清单督查' },
  { key: 'rubric', label: '指标体系' },
  { key: 'rubricEvaluation', label: '指标评分' },
  { key: 'ledger', label: '整改台账' },
  { key: 'backup', label: '备份与恢复' },
];

const THEME = {
  token: {
    colorPrimary: '#b71c1c',
    fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif',
  },
};

export function App() {
  const page = useUiStore((state) => state.page);
  const showPage = useUiStore((state) => state.showPage);
  useEffect(() => {
    void dailyBackupIfDue().catch(() => undefined);
  }, []);
  return (
    <ConfigProvider locale={zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>
        <IncomingFiles />
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Sider width={180} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
            <div style={{ padding: '16px 20px' }}>
              <Typography.Title level={4} style={{ margin: 0 }}>
                考评
              </Typography.Title>
              <Typography.Text type="secondary">营商环境评价工作台</Typography.Text>
            </div>
            <div style={{ padding: '0 16px 12px' }}>
              <GlobalSearch />
            </div>
            <Menu mode="inline" selectedKeys={[page === 'importReview' ? 'documents' : page]} items={PAGES} onClick={({ key }) => showPage(key as PageKey)} />
            <div style={{ padding: '12px 20px' }}>
              <Tag>{platform.kind === 'electron' ? '桌面版' : '浏览器版'}</Tag>
            </div>
          </Layout.Sider>
          <Layout.Content style={{ padding: 24, background: '#fff' }}>
            {page === 'home' && <WorkbenchPage />}
            {page === 'documents' && <DocumentsPage />}
            {page === 'importReview' && <ImportReviewPage />}
            {page === 'checklist' && <ChecklistPage />}
            {page === 'ownerUnits' && <OwnerUnitsPage />}
            {page === 'units' && <UnitsPage />}
            {page === 'evaluation' && <EvaluationPage />}
            {page === 'rubric' && <RubricPage />}
            {page === 'rubricEvaluation' && <RubricEvaluationPage />}
            {page === 'ledger' && <LedgerPage />}
            {page === 'backup' && <BackupPage />}
          </Layout.Content>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
