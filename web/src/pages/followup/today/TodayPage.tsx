// 今日任务 (/m/today): the grid trio's phone page. Lists the visits due today or late and
// the screening campaigns of my grids; a tap opens the visit or screening form (in the
// URL, so the phone's back button closes it). Forms filled without network wait in the
// device outbox and are sent when the network returns.
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Result, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { followupApi, type RecordVisitInput, type TodayScreening, type TodayTasks, type TodayVisit } from '../../../api/followup';
import { screeningApi, type CampaignDetail, type ScreeningInput } from '../../../api/screening';
import { useAuth } from '../../../auth';
import { useT } from '../../../i18n';
import type { FlushReport } from '../../../offline/outbox';
import { useOutbox, type Senders } from '../../../offline/useOutbox';
import { useReferableResources } from '../AssistanceFields';
import { useActiveChecklist } from '../RiskChecklistForm';
import { FailedList, OutboxBar, PendingList } from './OutboxPanel';
import { ScreeningForm } from './ScreeningForm';
import { ScreeningList, VisitList } from './TaskList';
import { VisitForm } from './VisitForm';
import './today.css';

const SENDERS: Senders = {
  visit: (visitId, body) => followupApi.record(visitId, body as RecordVisitInput),
  screening: (campaignId, body) => screeningApi.record(campaignId, body as ScreeningInput),
};

export default function TodayPage() {
  const t = useT();
  const { user } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const [tasks, setTasks] = useState<TodayTasks | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<string | null>(null);
  /** campaign id → its detail with the checklist; null when it could not be loaded */
  const [campaigns, setCampaigns] = useState<Record<string, CampaignDetail | null>>({});
  // Loaded while online and kept in memory: the forms work offline afterwards.
  const { checklist } = useActiveChecklist('family');
  const { resources } = useReferableResources();

  useEffect(() => {
    document.title = `${t('mobile.title')} · ${t('app.shortName')}`;
  }, [t]);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setTasks(await followupApi.today());
      setLoadError(null);
    } catch (error) {
      // Offline after the first load: keep showing what we have.
      setLoadError(isApiError(error) ? error.message : t('mobile.loadFailed'));
    } finally {
      setLoading(false);
    }
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  // The checklist of every campaign on the list, fetched once (retried after a failure).
  useEffect(() => {
    const wanted = [...new Set(tasks?.screenings.map((s) => s.campaignId) ?? [])].filter((id) => !campaigns[id]);
    for (const id of wanted) {
      screeningApi
        .get(id)
        .then((detail) => setCampaigns((m) => ({ ...m, [id]: detail })))
        .catch(() => setCampaigns((m) => ({ ...m, [id]: null })));
    }
    // `campaigns` is left out on purpose: a failed fetch is retried on the next list, not in a loop.
  }, [tasks]);

  const onFlushed = useCallback(
    (report: FlushReport) => {
      if (report.sent.length > 0) void message.success(t('mobile.outbox.sent', { count: report.sent.length }));
      if (report.rejected.length > 0) void message.error(t('mobile.outbox.rejected', { count: report.rejected.length }));
      void load();
    },
    [message, t, load],
  );
  const outbox = useOutbox(user?.id ?? 'anonymous', SENDERS, onFlushed);

  // 立即发送: say so when the network is still not there (the automatic flushes stay quiet).
  const sendNow = async () => {
    const report = await outbox.flush();
    if (report.stoppedBy === 'retry') void message.warning(t('mobile.outbox.stillOffline'));
  };

  const visitId = params.get('visit');
  const campaignId = params.get('campaign');
  const gridId = params.get('grid');
  const openVisit = tasks && visitId ? tasks.visits.find((v) => v.id === visitId) : undefined;
  const openTask = tasks && campaignId ? tasks.screenings.find((s) => s.campaignId === campaignId && s.gridId === gridId) : undefined;

  const open = (next: Record<string, string>) => setParams(next, { state: { fromList: true } });
  const close = useCallback(() => {
    if ((location.state as { fromList?: boolean } | null)?.fromList) navigate(-1);
    else setParams({}, { replace: true });
  }, [location.state, navigate, setParams]);
  // After a form: back to the list first, then reload it (a reload that lands while the
  // form is still in the URL would take the recorded task for a stale one).
  const [reloadOnList, setReloadOnList] = useState(false);
  const done = useCallback(() => {
    setReloadOnList(true);
    close();
  }, [close]);
  const onList = !visitId && !campaignId;
  useEffect(() => {
    if (!reloadOnList || !onList) return;
    setReloadOnList(false);
    void load();
  }, [reloadOnList, onList, load]);

  // A form in the URL for a task that is not (or no longer) on the list.
  const stale = !!tasks && ((!!visitId && !openVisit) || (!!campaignId && !openTask));
  useEffect(() => {
    if (!stale) return;
    void message.warning(t(visitId ? 'mobile.visit.notFound' : 'mobile.screening.notFound'));
    setParams({}, { replace: true });
  }, [stale, visitId, message, t, setParams]);

  if ((visitId || campaignId) && !tasks && loading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (openVisit) {
    return <VisitForm key={openVisit.id} visit={openVisit} checklist={checklist} resources={resources} outbox={outbox} onBack={close} onDone={done} />;
  }
  if (openTask) {
    return <ScreeningForm key={`${openTask.campaignId}:${openTask.gridId}`} task={openTask} campaign={campaigns[openTask.campaignId]} outbox={outbox} onBack={close} onDone={done} />;
  }

  return (
    <div className="m-today" data-testid="today-page">
      <div className="m-today-head">
        <div>
          <h1 className="m-today-title" data-testid="page-title">
            {t('mobile.title')}
          </h1>
          {tasks ? <div className="m-today-day">{t('mobile.today', { day: tasks.day })}</div> : null}
        </div>
        <Button size="large" shape="circle" icon={<ReloadOutlined />} loading={loading && !!tasks} aria-label={t('common.refresh')} onClick={() => void load()} />
      </div>
      {!outbox.online ? <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('mobile.offlineHint')} data-testid="offline-hint" /> : null}
      <FailedList failed={outbox.state.failed} onDismiss={outbox.dismiss} />
      {tasks ? (
        <>
          <VisitList visits={tasks.visits} queued={outbox.state.queued} onOpen={(v: TodayVisit) => open({ visit: v.id })} />
          <ScreeningList screenings={tasks.screenings} queued={outbox.state.queued} onOpen={(s: TodayScreening) => open({ campaign: s.campaignId, grid: s.gridId })} />
        </>
      ) : loading ? (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      ) : (
        <Result
          status="warning"
          title={t('mobile.loadFailed')}
          subTitle={loadError}
          extra={
            <Button size="large" type="primary" onClick={() => void load()}>
              {t('mobile.retry')}
            </Button>
          }
        />
      )}
      <PendingList queued={outbox.state.queued} />
      <OutboxBar outbox={outbox} onSendNow={() => void sendNow()} />
    </div>
  );
}
