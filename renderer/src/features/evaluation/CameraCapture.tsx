// 拍照: the camera's picture in a dialog (getUserMedia); 拍摄 keeps the frame as a JPEG.
import { Alert, Modal } from 'antd';
import { useEffect, useRef, useState } from 'react';

import { t } from '../../i18n';

/** Opens while `open`; `onPhoto` receives the picture (JPEG bytes, named 现场照片-<time>.jpg). */
export function CameraCapture({
  open,
  onPhoto,
  onClose,
}: {
  open: boolean;
  onPhoto: (file: { name: string; bytes: Uint8Array; type: string }) => void;
  onClose: () => void;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    let stream: MediaStream | null = null;
    let cancelled = false;
    setError(null);
    navigator.mediaDevices
      .getUserMedia({ video: true })
      .then((media) => {
        stream = media;
        if (cancelled) return media.getTracks().forEach((track) => track.stop());
        if (video.current) video.current.srcObject = media;
      })
      .catch((caught: unknown) =>
        setError(
          t('无法打开摄像头（{{value}}）。请检查是否已连接摄像头并允许使用。', {
            value: caught instanceof Error ? caught.message : String(caught),
          }),
        ),
      );
    return () => {
      cancelled = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [open]);
  const capture = () => {
    const element = video.current;
    if (!element || element.videoWidth === 0) return;
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [element.videoWidth, element.videoHeight];
    canvas.getContext('2d')!.drawImage(element, 0, 0);
    canvas.toBlob(
      (blob) => {
        if (!blob) return;
        void blob.arrayBuffer().then((buffer) =>
          onPhoto({
            name: t('现场照片-{{replace}}.jpg', { replace: new Date().toLocaleTimeString('zh-CN', { hour12: false }).replace(/:/g, '') }),
            bytes: new Uint8Array(buffer),
            type: 'image/jpeg',
          }),
        );
      },
      'image/jpeg',
      0.9,
    );
  };
  return (
    <Modal
      open={open}
      title={t('拍照留证')}
      okText={t('拍摄')}
      cancelText={t('关闭')}
      onOk={capture}
      onCancel={onClose}
      okButtonProps={{ disabled: error !== null, ...{ 'data-testid': 'camera-shoot' } }}
      destroyOnHidden
    >
      {error ? (
        <Alert type="error" showIcon message={error} />
      ) : (
        <video ref={video} autoPlay playsInline muted style={{ width: '100%', background: '#000' }} data-testid="camera-video" />
      )}
    </Modal>
  );
}
