// The photo of a visit, for the phone page and the desk drawer alike: opens the back
// camera on a phone (a file picker elsewhere), downscales the picture on the device and
// shows it. A form control whose value is the downscaled photo.
import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Spin } from 'antd';
import { useRef, useState } from 'react';
import { useT } from '../../i18n';
import { downscalePhoto, type Photo } from '../../offline/photo';
import './photoField.css';

interface Props {
  value?: Photo | null;
  onChange?: (value: Photo | null) => void;
  id?: string;
  /** 'large' (default): thumb-sized buttons for the phone page; 'middle' for the desk drawer */
  size?: 'large' | 'middle';
}

export function PhotoField({ value, onChange, id, size = 'large' }: Props) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const large = size === 'large';

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setFailed(false);
    try {
      onChange?.(await downscalePhoto(file));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = ''; // the same picture can be chosen again
    }
  };

  return (
    <div className="m-photo" id={id}>
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        style={{ display: 'none' }}
        data-testid="visit-photo-input"
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      {value ? (
        <div className="m-photo-preview">
          <img src={`data:${value.contentType};base64,${value.base64}`} alt={t('mobile.visit.photo')} data-testid="visit-photo-preview" />
          <div className="m-photo-meta">
            {t('mobile.visit.photoSize', { width: value.width, height: value.height, size: Math.round(value.bytes / 1024) })}
          </div>
          <div className="m-photo-actions">
            <Button size={size} icon={<CameraOutlined />} onClick={() => input.current?.click()}>
              {t('mobile.visit.retakePhoto')}
            </Button>
            <Button size={size} danger icon={<DeleteOutlined />} onClick={() => onChange?.(null)}>
              {t('mobile.visit.removePhoto')}
            </Button>
          </div>
        </div>
      ) : (
        <Button block={large} size={size} className={large ? 'm-photo-take' : undefined} icon={<CameraOutlined />} disabled={busy} onClick={() => input.current?.click()} data-testid="visit-photo-pick">
          {busy ? <Spin size="small" /> : null} {busy ? t('mobile.visit.photoProcessing') : t('mobile.visit.takePhoto')}
        </Button>
      )}
      {failed ? <div className="m-photo-error">{t('mobile.visit.photoFailed')}</div> : null}
    </div>
  );
}
