// Files arriving from outside the app's dialogs: dropped anywhere on the window, or handed over by
// the OS (double-clicked .kaoping, second launch). Each is opened in turn; the user sees the
// outcome and lands on the page that shows it (a document: its review before saving; a package:
// first the merge dialog with what it brings, then its evaluation).
import { App, Typography } from 'antd';
import { useEffect, useState } from 'react';

import type { IncomingFile } from '#shared/ipc/contract';
import { MAX_IMPORT_BYTES } from '#shared/read/import-error';

import { t } from '../i18n';
import { platform } from '../platform';
import { openIncomingFile } from '../services/incoming-file-service';
import { useDocumentUpdate } from '../stores/document-update-store';
import { useImportReview, whenReviewClosed } from '../stores/import-review-store';
import { usePackageMerge } from '../stores/package-merge-store';
import { useUiStore } from '../stores/ui-store';
import { describeError } from './describe-error';

async function readDropped(file: File): Promise<IncomingFile> {
  if (file.size > MAX_IMPORT_BYTES) return { name: file.name, error: t('文件“{{name}}”过大，上限为 50 MB', { name: file.name }) };
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export function IncomingFiles() {
  const { message, notification } = App.useApp();
  const showPage = useUiStore((state) => state.showPage);
  const openReview = useImportReview((state) => state.open);
  const offerUpdate = useDocumentUpdate((state) => state.offer);
  const showMerge = usePackageMerge((state) => state.show);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let queue = Promise.resolve();
    const open = (files: IncomingFile[]) => {
      for (const file of files) {
        queue = queue.then(async () => {
          const done = message.loading(t('正在打开“{{name}}”…', { name: file.name }), 0);
          try {
            const outcome = await openIncomingFile(file);
            if (outcome.kind === 'update') {
              offerUpdate(outcome.parsed, outcome.update);
              showPage('documents');
            } else if (outcome.kind === 'review') {
              // One review at a time: a further document waits until the one on screen is saved or discarded.
              done();
              await whenReviewClosed();
              openReview(outcome.parsed);
              showPage('importReview');
            } else {
              // The merge dialog shows what the package brings; the next file waits until it is closed.
              done();
              await showMerge(outcome.opened);
            }
          } catch (error) {
            notification.error({ message: t('无法打开“{{name}}”', { name: file.name }), description: describeError(error), duration: 0 });
          } finally {
            done();
          }
        });
      }
    };
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      setDragging(false);
      const dropped = [...(event.dataTransfer?.files ?? [])];
      if (event.defaultPrevented || dropped.length === 0) return;
      event.preventDefault();
      void Promise.all(dropped.map(readDropped)).then(open);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    const unsubscribe = platform.onIncomingFiles(open);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
      unsubscribe();
    };
  }, [message, notification, showPage, openReview, offerUpdate, showMerge]);

  if (!dragging) return null;
  return (
    <div
      data-testid="drop-overlay"
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 2000,
        pointerEvents: 'none',
        background: 'rgba(183, 28, 28, 0.08)',
        border: '3px dashed #b71c1c',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
      }}
    >
      <Typography.Title level={3} style={{ color: '#b71c1c' }}>
        {t('松开鼠标即可导入政策文件或合并评价包（.kaoping）')}
      </Typography.Title>
    </div>
  );
}
