// One photo for a visit, taken or chosen on the device, kept as base64 for the JSON request.
import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useRef } from 'react';
import { useT } from '../../i18n';

export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp';
export interface PhotoValue {
  contentType: PhotoType;
  base64: string;
  name: string;
  size: number;
}

const TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function PhotoPicker({ value, onChange, disabled }: { value?: PhotoValue | null; onChange?: (value: PhotoValue | null) => void; disabled?: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    if (!TYPES.includes(file.type)) return void message.error(t('followup.record.photoType'));
    if (file.size > PHOTO_MAX_BYTES) return void message.error(t('followup.record.photoTooLarge'));
    onChange?.({ contentType: file.type as PhotoType, base64: await readBase64(file), name: file.name, size: file.size });
  };

  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        capture="environment"
        style={{ display: 'none' }}
        data-testid="visit-photo-input"
        onChange={(event) => {
          void pick(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {value ? (
        <Space wrap>
          <img src={`data:${value.contentType};base64,${value.base64}`} alt={value.name} style={{ maxWidth: 160, maxHeight: 120, borderRadius: 6, objectFit: 'cover' }} />
          <Button icon={<DeleteOutlined />} onClick={() => onChange?.(null)} disabled={disabled} aria-label={t('common.remove')} />
        </Space>
      ) : (
        <Button icon={<CameraOutlined />} onClick={() => input.current?.click()} disabled={disabled} data-testid="visit-photo-pick">
          {t('followup.record.photoPick')}
        </Button>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('followup.record.photoHint')}
      </Typography.Text>
    </Space>
  );
}
