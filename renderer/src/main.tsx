import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { setPdfWorkerSource } from '#shared/read/pdf-to-text';

import { App } from './app/App';
import { installSafeTyping } from './app/safe-typing';
import { t } from './i18n';
import { openDatabaseWithUpgradeBackup } from './services/backup-service';

// pdf.js reads PDFs in a worker: the bundled copy of its script, served from the app's own files.
setPdfWorkerSource(pdfWorkerUrl);
// Every text field's typed or pasted value passes the one text-safety step before React reads it.
installSafeTyping(window);

const root = document.getElementById('root');
if (!root) throw new Error(t('页面缺少 #root 容器'));
// The database is opened (and, after a backup, upgraded) before any screen reads it. A failure is
// shown by the screens' own queries; the old data stays as it was.
void openDatabaseWithUpgradeBackup()
  .catch((error: unknown) => console.error(t('打开数据库失败'), error))
  .finally(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
