// Show an API failure as a toast (401 is handled by the auth layer and stays silent).
import { App } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '../api/client';
import { useT } from '../i18n';

export function useErrorNotice(): (error: unknown) => void {
  const { message } = App.useApp();
  const t = useT();
  return useCallback(
    (error: unknown) => {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      if (isApiError(error)) {
        if (error.status === 401) return;
        void message.error(error.message);
        return;
      }
      console.error(error);
      void message.error(t('error.unexpected'));
    },
    [message, t],
  );
}
