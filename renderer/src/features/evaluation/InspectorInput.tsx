// 评价员: who the cells entered on this screen are recorded for; kept across sessions.
import { Input } from 'antd';

import { t } from '../../i18n';
import { useUiStore } from '../../stores/ui-store';

/** The 评价员 field of both evaluation views. */
export function InspectorInput() {
  const inspector = useUiStore((state) => state.inspector);
  const setInspector = useUiStore((state) => state.setInspector);
  return (
    <Input
      style={{ width: 160 }}
      addonBefore={t('评价员')}
      value={inspector}
      onChange={(event) => setInspector(event.target.value)}
      placeholder={t('姓名')}
      data-testid="inspector"
    />
  );
}
