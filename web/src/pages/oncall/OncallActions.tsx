// The buttons a request offers the caller: accept / decline (the unit's liaison), done / cancel (the requester).
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { staffingApi, type OncallRequest } from '../../api/staffing';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';

interface OncallActionsProps {
  request: OncallRequest;
  onRespond: (request: OncallRequest, decision: 'accepted' | 'declined') => void;
  onChanged: () => void;
}

export function OncallActions({ request, onRespond, onChanged }: OncallActionsProps) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [busy, setBusy] = useState(false);

  const close = async (action: 'complete' | 'cancel') => {
    setBusy(true);
    try {
      await (action === 'complete' ? staffingApi.complete(request.id) : staffingApi.cancel(request.id));
      void message.success(t(action === 'complete' ? 'oncall.done' : 'oncall.cancelled'));
    } catch (error) {
      if (isApiError(error) && error.status === 409) void message.warning(error.message);
      else notify(error);
    } finally {
      setBusy(false);
      onChanged();
    }
  };

  return (
    <Space size={4} wrap>
      {request.canRespond ? (
        <>
          <Button size="small" type="primary" onClick={() => onRespond(request, 'accepted')} data-testid="oncall-accept">
            {t('oncall.accept')}
          </Button>
          <Button size="small" danger onClick={() => onRespond(request, 'declined')} data-testid="oncall-decline">
            {t('oncall.decline')}
          </Button>
        </>
      ) : null}
      {request.canComplete ? (
        <Popconfirm title={t('oncall.completeConfirm', { unit: request.unitName })} onConfirm={() => void close('complete')}>
          <Button size="small" loading={busy} data-testid="oncall-complete">
            {t('oncall.complete')}
          </Button>
        </Popconfirm>
      ) : null}
      {request.canCancel ? (
        <Popconfirm title={t('oncall.cancelConfirm', { unit: request.unitName })} onConfirm={() => void close('cancel')}>
          <Button size="small" type="link" danger loading={busy} data-testid="oncall-cancel">
            {t('oncall.cancel')}
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}
