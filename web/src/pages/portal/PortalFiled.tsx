// After filing: the case code, with the advice to keep it.
import { CheckCircleFilled } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { Link } from 'react-router';
import type { PortalReceipt } from '../../api/portal';
import { useT } from '../../i18n';
import type { TrackState } from './portalTrack';

export function PortalFiled({ receipt, phone }: { receipt: PortalReceipt; phone: string }) {
  const t = useT();
  const state: TrackState = { code: receipt.code, phone };
  return (
    <div className="portal-page portal-filed">
      <CheckCircleFilled className="portal-filed-icon" />
      <h1 className="portal-page-title">{t('portal.filedTitle')}</h1>
      <p className="portal-page-lead">{t('portal.filedText')}</p>
      <div className="portal-code-box">
        <span>{t('portal.yourCode')}</span>
        <Typography.Text copyable={{ text: receipt.code }} className="portal-code" data-testid="portal-filed-code">
          {receipt.code}
        </Typography.Text>
      </div>
      <p className="portal-keep">{t('portal.keepCode')}</p>
      <Link to="/portal/track" state={state}>
        <Button type="primary" size="large" block className="portal-big-button" data-testid="portal-filed-track">
          {t('portal.track')}
        </Button>
      </Link>
      <Link to="/portal">
        <Button size="large" block className="portal-big-button is-secondary" style={{ marginTop: 12 }}>
          {t('portal.backHome')}
        </Button>
      </Link>
    </div>
  );
}
