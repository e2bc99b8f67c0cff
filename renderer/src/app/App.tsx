// The application frame: zh-CN Ant Design, a side menu of the four work areas.
import { App as AntApp, ConfigProvider, Layout, Menu, Segmented, Space, Switch, Tag, Typography, theme as antTheme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
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
import { LANGUAGES, setLanguage, t, useLanguage } from '../i18n';

const PAGES: Array<{ key: PageKey; label: string }> = [
  { key: 'home', get label() { return t('工作台'); } },
  { key: 'documents', get label() { return t('政策文件'); } },
  { key: 'checklist', get label() { return t('任务清单'); } },
  { key: 'ownerUnits', get label() { return t('责任单位'); } },
  { key: 'units', get label() { return t('被评价单位'); } },
  { key: 'evaluation', get label() { return t('清单督查'); } },
  { key: 'rubric', get label() { return t('指标体系'); } },
  { key: 'rubricEvaluation', get label() { return t('指标评分'); } },
  { key: 'ledger', get label() { return t('整改台账'); } },
  { key: 'backup', get label() { return t('备份与恢复'); } },
];

const TOKEN = {
  colorPrimary: '#b71c1c',
  fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif',
};

export function App() {
  const page = useUiStore((state) => state.page);
  const showPage = useUiStore((state) => state.showPage);
  const darkMode = useUiStore((state) => state.darkMode);
  const setDarkMode = useUiStore((state) => state.setDarkMode);
  const language = useLanguage();
  useEffect(() => {
    void dailyBackupIfDue().catch(() => undefined);
  }, []);
  return (
    <ConfigProvider locale={language === 'en-US' ? enUS : zhCN} theme={{ token: TOKEN, algorithm: darkMode ? antTheme.darkAlgorithm : antTheme.defaultAlgorithm }} button={{ autoInsertSpace: false }}>
      <AntApp>
        <IncomingFiles />
        <Layout style={{ minHeight: '100vh' }} key={language} data-language={language}>
          <Layout.Sider width={200} theme={darkMode ? 'dark' : 'light'} style={{ borderRight: '1px solid var(--ant-color-border-secondary)' }}>
            <div style={{ padding: '16px 20px' }}>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('考评')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('营商环境评价工作台')}</Typography.Text>
            </div>
            <div style={{ padding: '0 16px 12px' }}>
              <GlobalSearch />
            </div>
            <Menu mode="inline" theme={darkMode ? 'dark' : 'light'} selectedKeys={[page === 'importReview' ? 'documents' : page]} items={PAGES} onClick={({ key }) => showPage(key as PageKey)} />
            <Space direction="vertical" style={{ padding: '12px 20px' }}>
              <Segmented size="small" options={[...LANGUAGES]} value={language} onChange={(value) => setLanguage(value)} data-testid="language-switch" />
              <Space size="small">
                <Switch size="small" checked={darkMode} onChange={setDarkMode} data-testid="dark-mode" />
                <Typography.Text type="secondary">{t('深色模式')}</Typography.Text>
              </Space>
              <Tag>{platform.kind === 'electron' ? t('桌面版') : t('浏览器版')}</Tag>
            </Space>
          </Layout.Sider>
          <Layout.Content style={{ padding: 24, background: 'var(--ant-color-bg-container)' }}>
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
