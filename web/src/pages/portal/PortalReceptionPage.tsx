// 主题接待日 on the portal (/portal/reception): the schedule of the coming weeks with the
// places left, a booking form for the chosen slot, the confirmation with the booking code,
// and cancelling by code + mobile. Phone first (360 px).
import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Button, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client';
import { portalReceptionApi, type BookingReceipt, type PublicCalendar } from '../../api/reception';
import { useLocale } from '../../i18n';
import { themeLabel, weekdayLabel } from '../reception/themeStyle';
import { PortalReceptionCancel } from './PortalReceptionCancel';
import { PortalReceptionForm } from './PortalReceptionForm';
import { type ChosenSlot, dayText, PortalReceptionSchedule } from './PortalReceptionSchedule';
import './portal-reception.css';

export default function PortalReceptionPage() {
  const { t, locale } = useLocale();
  const [calendar, setCalendar] = useState<PublicCalendar | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ChosenSlot | null>(null);
  const [done, setDone] = useState<BookingReceipt | null>(null);

  const load = useCallback(async () => {
    try {
      setCalendar(await portalReceptionApi.calendar());
    } catch (error) {
      setFailure(isApiError(error) ? error.message : t('error.unexpected'));
    }
  }, [t]);

  useEffect(() => void load(), [load]);

  const choose = (slot: ChosenSlot) => {
    setFailure(null);
    setChosen(slot);
    window.scrollTo({ top: 0 });
  };

  if (done) {
    return (
      <div className="portal-page portal-filed" data-testid="portal-reception-done">
        <CheckCircleFilled className="portal-filed-icon" />
        <h1 className="portal-page-title">{t('portalReception.doneTitle')}</h1>
        <p className="portal-page-lead">
          {done.centerName} · {dayText(locale, done.date)} {weekdayLabel(t, dayjs(done.date).day() || 7)} {done.slot} · {themeLabel(t, done.theme)}
          {done.hostUnitName ? ` · ${done.hostUnitName}` : ''}
        </p>
        <div className="portal-code-box">
          <span>{t('reception.code')}</span>
          <Typography.Text copyable={{ text: done.code }} className="portal-code" data-testid="portal-reception-code">
            {done.code}
          </Typography.Text>
        </div>
        <p className="portal-keep">{t('portalReception.doneHint')}</p>
        <Button
          size="large"
          block
          className="portal-big-button is-secondary"
          onClick={() => {
            setDone(null);
            setChosen(null);
            void load();
          }}
        >
          {t('portalReception.bookAnother')}
        </Button>
        <Link to="/portal">
          <Button size="large" block type="link" style={{ marginTop: 8 }}>
            {t('portal.backHome')}
          </Button>
        </Link>
      </div>
    );
  }

  return (
    <div className="portal-page" data-testid="portal-reception">
      <h1 className="portal-page-title">{t('portalReception.title')}</h1>
      <p className="portal-page-lead">{t('portalReception.lead')}</p>
      {failure ? <Alert type="warning" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="portal-reception-failure" /> : null}
      {chosen ? (
        <PortalReceptionForm
          chosen={chosen}
          onBooked={(receipt) => {
            setDone(receipt);
            window.scrollTo({ top: 0 });
          }}
          onBack={() => setChosen(null)}
          onSlotGone={(text) => {
            setFailure(text);
            setChosen(null);
            void load();
          }}
        />
      ) : calendar ? (
        <>
          <p className="portal-muted">{t('portalReception.chooseSlot')}</p>
          <PortalReceptionSchedule calendar={calendar} onChoose={choose} />
          <PortalReceptionCancel onCancelled={() => void load()} />
        </>
      ) : (
        <div style={{ textAlign: 'center', padding: 32 }}>
          <Spin tip={t('portalReception.loading')} />
        </div>
      )}
    </div>
  );
}
