// The application frame: zh-CN Ant Design, a side menu of the four work areas.
import { QuestionCircleOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  ConfigProvider,
  Layout,
  Menu,
  Segmented,
  Space,
  Spin,
  Switch,
  Tag,
  theme as antTheme,
  Typography,
} from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';

import { PackageMergeDialog } from '../features/exchange/PackageMergeDialog';
import { QuickStart } from '../features/help/QuickStart';
import { GlobalSearch } from '../features/search/GlobalSearch';
import { WorkbenchPage } from '../features/workbench/WorkbenchPage';
import { LANGUAGES, setLanguage, t, useLanguage } from '../i18n';
import { platform } from '../platform';
import { dailyBackupIfDue } from '../services/backup-service';
import { type PageKey, useUiStore } from '../stores/ui-store';
import { ExportWarnings } from './ExportWarnings';
import { IncomingFiles } from './IncomingFiles';
import { ScreenBoundary } from './ScreenBoundary';
import { UndoButton } from './UndoButton';

// The 工作台 opens first and is in the main bundle; every other page loads when first shown.
const ChecklistPage = lazy(() => import('../features/checklist/ChecklistPage').then((module) => ({ default: module.ChecklistPage })));
const DocumentsPage = lazy(() => import('../features/documents/DocumentsPage').then((module) => ({ default: module.DocumentsPage })));
const ImportReviewPage = lazy(() =>
  import('../features/import-review/ImportReviewPage').then((module) => ({ default: module.ImportReviewPage })),
);
const EvaluationPage = lazy(() => import('../features/evaluation/EvaluationPage').then((module) => ({ default: module.EvaluationPage })));
const LedgerPage = lazy(() => import('../features/ledger/LedgerPage').then((module) => ({ default: module.LedgerPage })));
const BackupPage = lazy(() => import('../features/backup/BackupPage').then((module) => ({ default: module.BackupPage })));
const RubricPage = lazy(() => import('../features/rubric/RubricPage').then((module) => ({ default: module.RubricPage })));
const OwnerUnitsPage = lazy(() => import('../features/units/OwnerUnitsPage').then((module) => ({ default: module.OwnerUnitsPage })));
const UnitsPage = lazy(() => import('../features/units/UnitsPage').then((module) => ({ default: module.UnitsPage })));

const PAGES: Array<{ key: PageKey; label: string }> = [
  {
    key: 'home',
    get label() {
      return t('工作台');
    },
  },
  {
    key: 'documents',
    get label() {
      return t('政策文件');
    },
  },
  {
    key: 'checklist',
    get label() {
      return t('任务清单');
    },
  },
  {
    key: 'ownerUnits',
    get label() {
      return t('责任单位');
    },
  },
  {
    key: 'units',
    get label() {
      return t('被评价单位');
    },
  },
  {
    key: 'evaluation',
    get label() {
      return t('评价批次');
    },
  },
  {
    key: 'rubric',
    get label() {
      return t('指标体系');
    },
  },
  {
    key: 'ledger',
    get label() {
      return t('整改台账');
    },
  },
  {
    key: 'backup',
    get label() {
      return t('备份与恢复');
    },
  },
];

const TOKEN = {
  colorPrimary: '#b71c1c',
  fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif',
};
/** One theme object per look, so antd does not rebuild its tokens on every render. */
const LIGHT = { token: TOKEN, algorithm: antTheme.defaultAlgorithm };
const DARK = { token: TOKEN, algorithm: antTheme.darkAlgorithm };
/** Dialogs fit the window (1366×768 included): a long body scrolls inside the dialog. */
const MODAL = { styles: { body: { maxHeight: 'calc(100vh - 220px)', overflowY: 'auto' as const } } };

export function App() {
  const page = useUiStore((state) => state.page);
  const showPage = useUiStore((state) => state.showPage);
  const darkMode = useUiStore((state) => state.darkMode);
  const setDarkMode = useUiStore((state) => state.setDarkMode);
  const language = useLanguage();
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useEffect(() => {
    void dailyBackupIfDue().catch(() => undefined);
  }, []);
  return (
    <ConfigProvider
      locale={language === 'en-US' ? enUS : zhCN}
      theme={darkMode ? DARK : LIGHT}
      button={{ autoInsertSpace: false }}
      modal={MODAL}
    >
      <AntApp>
        <IncomingFiles />
        <ExportWarnings />
        <PackageMergeDialog />
        <Layout style={{ minHeight: '100vh' }} key={language} data-language={language}>
          <Layout.Sider
            width={200}
            theme={darkMode ? 'dark' : 'light'}
            style={{ borderRight: '1px solid var(--ant-color-border-secondary)' }}
          >
            <div style={{ padding: '16px 20px' }}>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('考评')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('营商环境评价工作台')}</Typography.Text>
            </div>
            <div style={{ padding: '0 16px 12px' }}>
              <GlobalSearch />
            </div>
            <Menu
              mode="inline"
              theme={darkMode ? 'dark' : 'light'}
              selectedKeys={[page === 'importReview' ? 'documents' : page]}
              items={PAGES}
              onClick={({ key }) => showPage(key as PageKey)}
            />
            <Space direction="vertical" style={{ padding: '12px 20px' }}>
              <Segmented
                size="small"
                options={[...LANGUAGES]}
                value={language}
                onChange={(value) => setLanguage(value)}
                data-testid="language-switch"
              />
              <Space size="small">
                <Switch size="small" checked={darkMode} onChange={setDarkMode} data-testid="dark-mode" />
                <Typography.Text type="secondary">{t('深色模式')}</Typography.Text>
              </Space>
              <UndoButton enabled={page !== 'importReview'} />
              <Button size="small" icon={<QuestionCircleOutlined />} onClick={openHelp} data-testid="open-quick-start">
                {t('快速上手')}
              </Button>
              <Tag>{platform.kind === 'electron' ? t('桌面版') : t('浏览器版')}</Tag>
            </Space>
            <QuickStart open={helpOpen} onClose={() => setHelpOpen(false)} onOpen={openHelp} />
          </Layout.Sider>
          <Layout.Content style={{ padding: 24, background: 'var(--ant-color-bg-container)' }}>
            <ScreenBoundary
              key={page}
              screen={PAGES.find((entry) => entry.key === (page === 'importReview' ? 'documents' : page))?.label ?? page}
            >
              <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
                {page === 'home' && <WorkbenchPage />}
                {page === 'documents' && <DocumentsPage />}
                {page === 'importReview' && <ImportReviewPage />}
                {page === 'checklist' && <ChecklistPage />}
                {page === 'ownerUnits' && <OwnerUnitsPage />}
                {page === 'units' && <UnitsPage />}
                {page === 'evaluation' && <EvaluationPage />}
                {page === 'rubric' && <RubricPage />}
                {page === 'ledger' && <LedgerPage />}
                {page === 'backup' && <BackupPage />}
              </Suspense>
            </ScreenBoundary>
          </Layout.Content>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
