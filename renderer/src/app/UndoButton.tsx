// The app-wide 撤销: a button naming the action it undoes, and Ctrl+Z (⌘Z) outside text fields.
import { UndoOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useCallback, useEffect } from 'react';

import { t } from '../i18n';
import { describeError } from './describe-error';
import { useUndo } from './use-undo';

/** True when a key press belongs to a field the user types in (its own undo applies there). */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'TEXTAREA' ||
    (target.tagName === 'INPUT' && !['checkbox', 'radio', 'button'].includes((target as HTMLInputElement).type))
  );
}

export function UndoButton({ enabled }: { enabled: boolean }) {
  const { message } = App.useApp();
  const { next, undo } = useUndo();
  const run = useCallback(
    () =>
      undo().then(
        (label) => {
          if (label) void message.success(t('已撤销：{{label}}', { label }));
        },
        (error: unknown) => {
          void message.error(describeError(error));
        },
      ),
    [undo, message],
  );
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!enabled || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.key.toLowerCase() !== 'z' || inTextField(event.target))
        return;
      event.preventDefault();
      void run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, run]);
  return (
    <Tooltip title={next ? t('撤销：{{label}}（Ctrl+Z）', { label: next }) : t('没有可撤销的操作')} placement="right">
      <Button size="small" icon={<UndoOutlined />} disabled={!next || !enabled} onClick={() => void run()} data-testid="undo-button">
        {t('撤销')}
      </Button>
    </Tooltip>
  );
}
