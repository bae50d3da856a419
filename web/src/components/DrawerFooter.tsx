// The footer of a form drawer: 取消 and the submit button, on the right.
import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n';

interface Props {
  onCancel: () => void;
  /** usually `() => form.submit()` */
  onSubmit: () => void;
  submitText: ReactNode;
  saving: boolean;
  disabled?: boolean;
  submitTestId?: string;
}

export function DrawerFooter({ onCancel, onSubmit, submitText, saving, disabled, submitTestId }: Props) {
  const t = useT();
  return (
    <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
      <Button onClick={onCancel} disabled={saving}>
        {t('common.cancel')}
      </Button>
      <Button type="primary" loading={saving} disabled={disabled} onClick={onSubmit} data-testid={submitTestId}>
        {submitText}
      </Button>
    </Space>
  );
}
