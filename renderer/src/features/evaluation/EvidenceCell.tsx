// 佐证 of one cell: files with thumbnails for pictures; add by 选择文件, 拍照, dropping files on
// the cell or pasting a screenshot into it.
import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { type ClipboardEvent, type DragEvent, useEffect, useMemo, useState } from 'react';

import { isVerifiedRaster, OCTET_STREAM, safeEvidenceName } from '#shared/exchange/evidence-file';

import type { Evidence } from '../../db/database';
import { t } from '../../i18n';

export type EvidenceFile = { name: string; bytes: Uint8Array };

type Props = {
  files: Evidence[];
  /** False until the cell has an input (evidence belongs to an input). */
  enabled: boolean;
  onPick: () => void;
  onCamera: () => void;
  onFiles: (files: EvidenceFile[]) => void;
  testId: string;
};

async function read(files: File[]): Promise<EvidenceFile[]> {
  // The browser's type is not kept: the store reads the type from the bytes.
  return Promise.all(
    files.map(async (file) => ({
      name: file.name || t('截图-{{now}}.png', { now: Date.now() }),
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

export function EvidenceCell({ files, enabled, onPick, onCamera, onFiles, testId }: Props) {
  const [over, setOver] = useState(false);
  // One object URL per file while shown, revoked afterwards. Every URL is of an octet-stream copy:
  // opened in a tab (a pasted link, a dragged one) it downloads and never renders as a page.
  const urls = useMemo(
    () => new Map(files.map((file) => [file.id, URL.createObjectURL(new Blob([file.blob], { type: OCTET_STREAM }))])),
    [files],
  );
  useEffect(() => () => urls.forEach((url) => URL.revokeObjectURL(url)), [urls]);
  const take = (list: FileList | undefined | null, event: DragEvent | ClipboardEvent) => {
    const picked = [...(list ?? [])];
    if (!enabled || picked.length === 0) return;
    // Handled here: the window's own drop (import) must not see it.
    event.preventDefault();
    event.stopPropagation();
    void read(picked).then(onFiles);
  };
  return (
    <div
      tabIndex={enabled ? 0 : -1}
      onDragOver={(event) => {
        if (!enabled) return;
        // This cell takes the files: the window's drop overlay (import) stays away.
        event.preventDefault();
        event.stopPropagation();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        take(event.dataTransfer?.files, event);
      }}
      onPaste={(event) => take(event.clipboardData?.files, event)}
      style={{ outline: over ? '2px dashed #b71c1c' : 'none', padding: 2, borderRadius: 4 }}
      data-testid={testId}
    >
      <Space wrap size={4}>
        {files.map((file) =>
          // Thumbnails only for pictures whose bytes were verified (the stored type is sniffed).
          isVerifiedRaster(file.type) ? (
            <Tooltip key={file.id} title={<bdi>{file.name}</bdi>}>
              <a href={urls.get(file.id)} download={safeEvidenceName(file.name)} data-testid="evidence-file">
                <img
                  src={urls.get(file.id)}
                  alt={file.name}
                  style={{
                    width: 40,
                    height: 40,
                    objectFit: 'cover',
                    borderRadius: 4,
                    border: '1px solid var(--ant-color-border-secondary)',
                  }}
                />
              </a>
            </Tooltip>
          ) : (
            <a key={file.id} href={urls.get(file.id)} download={safeEvidenceName(file.name)} data-testid="evidence-file">
              <PaperClipOutlined /> <bdi>{file.name}</bdi>
            </a>
          ),
        )}
      </Space>
      <div>
        <Tooltip title={t('也可把文件拖到此处，或点击此处后粘贴截图（Ctrl+V）')}>
          <Button size="small" type="link" disabled={!enabled} onClick={onPick} style={{ padding: 0 }}>
            {t('添加')}
          </Button>
        </Tooltip>
        <Button
          size="small"
          type="link"
          disabled={!enabled}
          onClick={onCamera}
          style={{ padding: '0 0 0 8px' }}
          data-testid={`${testId}-camera`}
        >
          {t('拍照')}
        </Button>
      </div>
    </div>
  );
}
