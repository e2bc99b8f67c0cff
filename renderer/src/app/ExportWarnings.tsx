// Shows the warnings of a finished export (texts shortened to Excel's cell limit) as a notice that
// stays until closed, naming the file, sheet and cell of each.
import { App } from 'antd';
import { useEffect } from 'react';

import { t } from '../i18n';
import { useExportWarnings } from '../stores/export-warnings-store';

/** Listens for export warnings and shows each file's as one notice (no UI of its own otherwise). */
export function ExportWarnings() {
  const { notification } = App.useApp();
  const pending = useExportWarnings((state) => state.pending);
  const take = useExportWarnings((state) => state.take);

  useEffect(() => {
    for (const entry of take()) {
      notification.warning({
        message: t('“{{name}}”已导出，但有 {{count}} 处需要注意', { name: entry.fileName, count: entry.warnings.length }),
        description: (
          <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="export-warnings">
            {entry.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        ),
        duration: 0,
      });
    }
  }, [pending, take, notification]);

  return null;
}
