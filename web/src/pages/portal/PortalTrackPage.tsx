// 查询办理进度 (/portal/track): case code + phone → the status, the steps and the events;
// a rating form once the case is concluded.
import { Alert, App, Button, Form, Input } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { isApiError } from '../../api/client';
import { portalApi, type PortalTrack } from '../../api/portal';
import { useT } from '../../i18n';
import type { TrackState } from './portalTrack';
import { PortalTrackResult } from './PortalTrackResult';

interface TrackValues {
  code: string;
  phone: string;
}

export default function PortalTrackPage() {
  const t = useT();
  const { message } = App.useApp();
  const location = useLocation();
  const initial = (location.state as TrackState | null) ?? {};
  const [form] = Form.useForm<TrackValues>();
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<{ track: PortalTrack; phone: string } | null>(null);
  const autoRan = useRef(false);

  const lookUp = useCallback(
    async ({ code, phone }: TrackValues) => {
      setLoading(true);
      setFailure(null);
      const cleanPhone = phone.replace(/\s+/g, '');
      try {
        setResult({ track: await portalApi.track(code.trim(), cleanPhone), phone: cleanPhone });
      } catch (error) {
        setResult(null);
        setFailure(isApiError(error) ? error.message : t('error.unexpected'));
      } finally {
        setLoading(false);
      }
    },
    [t],
  );

  // Coming from the filing page: look the new case up straight away.
  useEffect(() => {
    if (autoRan.current || !initial.code || !initial.phone) return;
    autoRan.current = true;
    void lookUp({ code: initial.code, phone: initial.phone });
  }, [initial.code, initial.phone, lookUp]);

  return (
    <div className="portal-page">
      <h1 className="portal-page-title">{t('portal.track')}</h1>
      <p className="portal-page-lead">{t('portal.trackLead')}</p>
      <section className="portal-card">
        <Form<TrackValues>
          form={form}
          layout="vertical"
          size="large"
          initialValues={{ code: initial.code ?? '', phone: initial.phone ?? '' }}
          onFinish={lookUp}
          requiredMark={false}
        >
          <Form.Item name="code" label={t('portal.caseCode')} rules={[{ required: true, whitespace: true, message: t('portal.codeRequired') }]}>
            <Input autoComplete="off" placeholder={t('portal.codePlaceholder')} data-testid="portal-track-code" />
          </Form.Item>
          <Form.Item name="phone" label={t('portal.trackPhone')} rules={[{ required: true, whitespace: true, message: t('portal.phoneRequired') }]}>
            <Input inputMode="tel" autoComplete="tel" maxLength={20} data-testid="portal-track-phone" />
          </Form.Item>
          {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="portal-track-error" /> : null}
          <Button type="primary" htmlType="submit" size="large" block loading={loading} data-testid="portal-track-submit">
            {t('portal.trackSubmit')}
          </Button>
        </Form>
      </section>
      {result ? (
        <PortalTrackResult
          track={result.track}
          phone={result.phone}
          onRated={() => {
            void message.success(t('portal.rated'));
            void lookUp({ code: result.track.code, phone: result.phone });
          }}
        />
      ) : null}
    </div>
  );
}
