// 家庭档案 (/follow-ups/households/:id): the household (phone and members' ID numbers masked),
// its level and follow-up plan, the history of assessments, screenings, visits and linked
// cases, and its assistance referrals (转介帮扶). Edit, re-assess, link a case.
import { ArrowLeftOutlined, EditOutlined, LinkOutlined, SafetyOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Empty, Row, Space, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { householdProfilesApi, type Member, type ProfileDetail } from '../../../api/householdProfiles';
import { PageContainer } from '../../../components/PageContainer';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { AssistanceCard } from '../../assistance/AssistanceCard';
import { formatTime } from '../../cases/shared/format';
import { stabilityKey, visitStatusKey } from '../labels';
import { gridLabel, LevelTag } from '../screening/labels';
import { EditProfileDrawer } from './EditProfileDrawer';
import { LinkCaseModal } from './LinkCaseModal';
import { ReassessDrawer } from './ReassessDrawer';

type History = ProfileDetail['history'];

export default function HouseholdProfilePage() {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const { id = '' } = useParams();
  const [profile, setProfile] = useState<ProfileDetail | null>(null);
  const [editing, setEditing] = useState(false);
  const [reassessing, setReassessing] = useState(false);
  const [linking, setLinking] = useState(false);

  const load = useCallback(
    (signal?: AbortSignal) => {
      householdProfilesApi.get(id, signal).then(setProfile, notify);
    },
    [id, notify],
  );

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const memberColumns: TableColumnsType<Member> = [
    { title: t('screening.form.memberName'), dataIndex: 'name', width: 120 },
    { title: t('screening.form.relation'), key: 'relation', width: 140, render: (_, m) => t(`hp.relation.${m.relation}`) },
    { title: t('screening.form.idNumber'), dataIndex: 'idNumber', render: (v: string | null) => v ?? '—' },
    { title: t('screening.form.phone'), dataIndex: 'phone', width: 150, render: (v: string | null) => v ?? '—' },
  ];

  const assessmentColumns: TableColumnsType<History['assessments'][number]> = [
    { title: t('hp.assessment.time'), key: 'at', width: 160, render: (_, a) => formatTime(a.assessedAt) },
    { title: t('hp.assessment.context'), key: 'ctx', width: 110, render: (_, a) => t(contextKey(a.context)) },
    { title: t('screening.records.score'), dataIndex: 'score', width: 70, align: 'right' },
    { title: t('screening.records.level'), key: 'level', width: 100, render: (_, a) => <LevelTag level={a.level} /> },
    { title: t('hp.assessment.checklist'), key: 'list', width: 100, render: (_, a) => t('hp.assessment.version', { version: a.checklistVersion }) },
    { title: t('hp.assessment.by'), dataIndex: 'assessedByName' },
  ];

  const screeningColumns: TableColumnsType<History['screenings'][number]> = [
    { title: t('screening.records.time'), key: 'at', width: 160, render: (_, s) => formatTime(s.screenedAt) },
    { title: t('screening.col.name'), key: 'campaign', render: (_, s) => <Link to={`/follow-ups/screening/${s.campaignId}`}>{s.campaignName}</Link> },
    { title: t('screening.records.score'), dataIndex: 'score', width: 70, align: 'right' },
    { title: t('screening.records.level'), key: 'level', width: 100, render: (_, s) => <LevelTag level={s.level} /> },
    { title: t('screening.records.by'), dataIndex: 'screenedByName', width: 110 },
  ];

  const visitColumns: TableColumnsType<History['visits'][number]> = [
    { title: t('hp.visit.seqTitle'), key: 'seq', width: 90, render: (_, v) => t('hp.visit.seq', { seq: v.seq }) },
    { title: t('hp.visit.dueOn'), dataIndex: 'dueOn', width: 110 },
    { title: t('hp.visit.status'), key: 'status', width: 90, render: (_, v) => <Tag color={v.status === 'done' ? 'green' : v.status === 'due' ? 'blue' : 'default'}>{t(visitStatusKey(v.status))}</Tag> },
    { title: t('hp.visit.doneAt'), key: 'done', width: 160, render: (_, v) => formatTime(v.doneAt) },
    { title: t('hp.visit.stability'), key: 'stability', width: 90, render: (_, v) => (v.stability ? t(stabilityKey(v.stability)) : '—') },
    { title: t('hp.visit.level'), key: 'level', width: 100, render: (_, v) => <LevelTag level={v.levelAfter ?? v.levelBefore} /> },
    { title: t('hp.visit.by'), dataIndex: 'doneByName' },
  ];

  const caseColumns: TableColumnsType<History['cases'][number]> = [
    { title: t('hp.case.code'), key: 'code', width: 180, render: (_, c) => <Link to={`/cases/${c.id}`}>{c.code}</Link> },
    { title: t('hp.case.title'), dataIndex: 'title' },
    { title: t('hp.case.registeredAt'), key: 'at', width: 160, render: (_, c) => formatTime(c.registeredAt) },
  ];

  const p = profile;
  return (
    <PageContainer
      title={p ? `${p.headName} · ${t('menu.followUps.households')}` : t('menu.followUps.households')}
      description={p ? <LevelTag level={p.level} /> : null}
      extra={
        <Space wrap>
          <Link to="/follow-ups/households">
            <Button icon={<ArrowLeftOutlined />}>{t('hp.detail.back')}</Button>
          </Link>
          {p ? (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="profile-edit">
                {t('hp.detail.edit')}
              </Button>
              <Button icon={<SafetyOutlined />} onClick={() => setReassessing(true)} data-testid="profile-reassess">
                {t('hp.detail.reassess')}
              </Button>
              <Button icon={<LinkOutlined />} onClick={() => setLinking(true)} data-testid="profile-link-case">
                {t('hp.detail.linkCase')}
              </Button>
            </>
          ) : null}
        </Space>
      }
    >
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <Card variant="borderless" title={t('hp.detail.basic')} loading={!p} style={{ marginBottom: 12 }}>
            {p ? (
              <Descriptions column={{ xs: 1, sm: 2 }} size="small" data-testid="profile-basic">
                <Descriptions.Item label={t('hp.detail.head')}>{p.headName}</Descriptions.Item>
                <Descriptions.Item label={t('hp.detail.phone')}>{p.headPhone ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('hp.detail.address')} span={2}>
                  {p.address}
                </Descriptions.Item>
                <Descriptions.Item label={t('hp.detail.grid')}>{gridLabel(p)}</Descriptions.Item>
                <Descriptions.Item label={t('hp.detail.level')}>
                  <Space>
                    <LevelTag level={p.level} />
                    {p.score !== null ? <Typography.Text type="secondary">{`${t('hp.detail.score')} ${p.score}`}</Typography.Text> : null}
                  </Space>
                </Descriptions.Item>
                <Descriptions.Item label={t('hp.detail.assessedAt')}>{formatTime(p.lastAssessedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('hp.detail.plan')}>
                  {p.plan ? (
                    <Space>
                      <LevelTag level={p.plan.level} />
                      {p.plan.nextDueOn ? t('hp.detail.nextVisit', { day: p.plan.nextDueOn }) : null}
                    </Space>
                  ) : (
                    <Typography.Text type="secondary">{t('hp.detail.noPlan')}</Typography.Text>
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('hp.detail.notes')} span={2}>
                  {p.notes ?? '—'}
                </Descriptions.Item>
              </Descriptions>
            ) : null}
          </Card>
          <Card variant="borderless" title={t('hp.detail.members')} extra={<Typography.Text type="secondary">{t('hp.detail.masked')}</Typography.Text>} style={{ marginBottom: 12 }}>
            <Table<Member> rowKey="id" size="small" columns={memberColumns} dataSource={p?.members ?? []} pagination={false} locale={{ emptyText: t('hp.detail.noMembers') }} data-testid="profile-members" />
          </Card>
          <Card variant="borderless">
            {p ? (
              <Tabs
                items={[
                  { key: 'assessments', label: t('hp.tab.assessments'), children: <Table rowKey="id" size="small" columns={assessmentColumns} dataSource={p.history.assessments} pagination={false} /> },
                  { key: 'screenings', label: t('hp.tab.screenings'), children: <Table rowKey="id" size="small" columns={screeningColumns} dataSource={p.history.screenings} pagination={false} /> },
                  { key: 'visits', label: t('hp.tab.visits'), children: <Table rowKey="id" size="small" columns={visitColumns} dataSource={p.history.visits} pagination={false} scroll={{ x: 800 }} /> },
                  {
                    key: 'cases',
                    label: t('hp.tab.cases'),
                    children: p.history.cases.length ? (
                      <Table rowKey="id" size="small" columns={caseColumns} dataSource={p.history.cases} pagination={false} data-testid="profile-cases" />
                    ) : (
                      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
                    ),
                  },
                ]}
              />
            ) : null}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          {p ? <AssistanceCard householdId={p.id} /> : null}
        </Col>
      </Row>
      {p ? (
        <>
          <EditProfileDrawer
            profile={p}
            open={editing}
            onClose={() => setEditing(false)}
            onSaved={(saved) => {
              setProfile(saved);
              setEditing(false);
              void message.success(t('hp.edit.saved'));
            }}
            onConflict={() => {
              void message.warning(t('hp.edit.conflict'));
              load();
            }}
          />
          <ReassessDrawer
            profile={p}
            open={reassessing}
            onClose={() => setReassessing(false)}
            onDone={(updated) => {
              setProfile(updated);
              setReassessing(false);
            }}
          />
          <LinkCaseModal
            householdId={p.id}
            open={linking}
            onClose={() => setLinking(false)}
            onLinked={() => {
              setLinking(false);
              load();
            }}
          />
        </>
      ) : null}
    </PageContainer>
  );
}

const contextKey = (c: string) =>
  (({ screening: 'hp.assessment.context.screening', visit: 'hp.assessment.context.visit', manual: 'hp.assessment.context.manual', resolution: 'hp.assessment.context.resolution' }) as const)[
    c as 'screening'
  ] ?? 'hp.assessment.context.manual';
