// 排查活动详情 (/follow-ups/screening/:id): progress against the expected pace, coverage by
// street → community → grid with the grids behind in red, the screenings so far, the desk
// form to record one, and closing the campaign.
import { ArrowLeftOutlined, FormOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Popconfirm, Row, Select, Space, Statistic, Table, Tag, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { type CampaignDetail, type CoverageRow, RISK_LEVELS, type RiskLevel, type Screening, screeningApi } from '../../../api/screening';
import { PageContainer } from '../../../components/PageContainer';
import { useCursorPages } from '../../../components/useCursorPages';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { levelKey } from '../riskLevel';
import { formatTime } from '../../cases/shared/format';
import { CoverageTable } from './CoverageTable';
import { CampaignStatusTag, LevelTag, percent } from './labels';
import { ScreeningFormDrawer } from './ScreeningFormDrawer';

export default function CampaignPage() {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const { id = '' } = useParams();
  const [campaign, setCampaign] = useState<CampaignDetail | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [grids, setGrids] = useState<CoverageRow[]>([]);
  const [recording, setRecording] = useState(false);
  const [level, setLevel] = useState<RiskLevel | undefined>();

  useEffect(() => {
    const controller = new AbortController();
    screeningApi.get(id, controller.signal).then(setCampaign, notify);
    return () => controller.abort();
  }, [id, reloadKey, notify]);

  const loadScreenings = useCallback(
    (cursor: string | null, signal: AbortSignal) => screeningApi.screenings(id, { level, cursor, limit: 30 }, signal),
    // reloadKey: a new screening shows at the top.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [id, level, reloadKey],
  );
  const screenings = useCursorPages(loadScreenings);

  const close = async () => {
    if (!campaign) return;
    try {
      setCampaign(await screeningApi.close(campaign.id, campaign.version));
      void message.success(t('screening.detail.closed'));
    } catch (error) {
      notify(error);
      setReloadKey((k) => k + 1);
    }
  };

  const columns: TableColumnsType<Screening> = [
    { title: t('screening.records.time'), key: 'at', width: 160, render: (_, s) => formatTime(s.screenedAt) },
    { title: t('screening.records.grid'), dataIndex: 'gridName', width: 170 },
    { title: t('screening.records.address'), dataIndex: 'address' },
    { title: t('screening.records.head'), dataIndex: 'headName', width: 110 },
    { title: t('screening.records.score'), dataIndex: 'score', width: 70, align: 'right' },
    { title: t('screening.records.level'), key: 'level', width: 100, render: (_, s) => <LevelTag level={s.level} /> },
    { title: t('screening.records.by'), dataIndex: 'screenedByName', width: 110 },
    {
      title: t('screening.records.profile'),
      key: 'profile',
      width: 80,
      render: (_, s) => (s.householdId ? <Link to={`/follow-ups/households/${s.householdId}`}>{t('screening.records.profile')}</Link> : null),
    },
  ];

  const totals = campaign?.totals;
  return (
    <PageContainer
      title={campaign?.name ?? t('screening.detail.title')}
      description={
        campaign ? (
          <Space wrap>
            <CampaignStatusTag status={campaign.status} />
            <span>{t('screening.detail.period', { from: campaign.startsOn, to: campaign.endsOn })}</span>
            <span>{campaign.centerName}</span>
            <Tag>{t('screening.checklistVersion', { name: campaign.checklist.name, version: campaign.checklist.version })}</Tag>
          </Space>
        ) : null
      }
      extra={
        <Space wrap>
          <Link to="/follow-ups/screening">
            <Button icon={<ArrowLeftOutlined />}>{t('screening.detail.back')}</Button>
          </Link>
          {campaign?.canRecord ? (
            <Button type="primary" icon={<FormOutlined />} onClick={() => setRecording(true)} data-testid="screening-record">
              {t('screening.detail.record')}
            </Button>
          ) : null}
          {campaign?.canManage && campaign.status === 'open' ? (
            <Popconfirm title={t('screening.detail.closeConfirm')} onConfirm={close}>
              <Button danger data-testid="campaign-close">
                {t('screening.detail.close')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      }
    >
      {totals ? (
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
          {[
            { key: 'target', title: t('screening.stat.target'), value: totals.targetHouseholds },
            { key: 'screened', title: t('screening.stat.screened'), value: totals.screened },
            { key: 'coverage', title: t('screening.stat.coverage'), value: percent(totals.coverage), danger: totals.overdueGrids > 0 },
            { key: 'expected', title: t('screening.stat.expected'), value: percent(totals.expectedProgress) },
            { key: 'flagged', title: t('screening.stat.flagged'), value: totals.flagged },
            { key: 'overdue', title: t('screening.stat.overdue'), value: totals.overdueGrids, danger: totals.overdueGrids > 0 },
          ].map((s) => (
            <Col key={s.key} xs={12} sm={8} lg={4}>
              <Card variant="borderless" size="small">
                <Statistic title={s.title} value={s.value} styles={{ content: s.danger ? { color: '#cf1322' } : undefined }} data-testid={`stat-${s.key}`} />
              </Card>
            </Col>
          ))}
        </Row>
      ) : null}
      <Card variant="borderless" title={t('screening.coverage.title')} style={{ marginBottom: 12 }}>
        <CoverageTable campaignId={id} reloadKey={reloadKey} onGrids={setGrids} />
      </Card>
      <Card
        variant="borderless"
        title={t('screening.records.title')}
        extra={
          <Select<RiskLevel>
            allowClear
            placeholder={t('hp.level')}
            value={level}
            onChange={setLevel}
            style={{ width: 130 }}
            options={RISK_LEVELS.map((l) => ({ value: l, label: t(levelKey(l)) }))}
          />
        }
      >
        <Table<Screening> rowKey="id" size="small" columns={columns} dataSource={screenings.items} loading={screenings.loading} pagination={false} scroll={{ x: 900 }} data-testid="screening-table" />
        {screenings.hasMore ? (
          <div style={{ textAlign: 'center', marginTop: 12 }}>
            <Button onClick={screenings.loadMore}>{t('common.loadMore')}</Button>
          </div>
        ) : null}
      </Card>
      {campaign ? (
        <ScreeningFormDrawer campaign={campaign} grids={grids} open={recording} onClose={() => setRecording(false)} onSaved={() => setReloadKey((k) => k + 1)} />
      ) : null}
    </PageContainer>
  );
}
