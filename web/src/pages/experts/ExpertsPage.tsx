// 专家智库 (/experts): the pool with filters, each expert's availability and load; profile
// drawer; admins add experts, admins and directors edit profiles.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { EXPERT_KINDS, expertsApi, SERVICE_MODES, type Expert, type ExpertKind, type ExpertPolicy, type ExpertServiceMode } from '../../api/experts';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { PageContainer } from '../../components/PageContainer';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';
import { useCategories } from '../cases/shared/useCategories';
import { ExpertDrawer } from './ExpertDrawer';
import { ExpertFormModal, type ExpertModalState } from './ExpertFormModal';
import { AVAILABILITY_COLORS, availabilityOf, expertKindKey, expertModeKey, KIND_COLORS } from './expertLabels';
import './experts.css';

interface Filters {
  kind?: ExpertKind;
  specialty?: string;
  mode?: ExpertServiceMode;
  available?: boolean;
  q?: string;
}

const PAGE_SIZE = 20;

export default function ExpertsPage() {
  const t = useT();
  const notify = useErrorNotice();
  const { user } = useAuth();
  const categories = useCategories();
  const isAdmin = hasRole(user, 'admin');
  const canEdit = isAdmin || hasRole(user, 'director');
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: Expert[]; total: number }>({ items: [], total: 0 });
  const [loading, setLoading] = useState(false);
  const [policy, setPolicy] = useState<ExpertPolicy | null>(null);
  const [open, setOpen] = useState<Expert | null>(null);
  const [modal, setModal] = useState<ExpertModalState>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      setLoading(true);
      try {
        setData(await expertsApi.list({ ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, signal));
      } catch (error) {
        notify(error);
      } finally {
        setLoading(false);
      }
    },
    [filters, page, notify],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  useEffect(() => {
    expertsApi.policy().then((p) => setPolicy(p.value), () => undefined);
  }, []);

  const filter = (patch: Filters) => {
    setPage(1);
    setFilters((prev) => ({ ...prev, ...patch }));
  };

  const columns: TableColumnsType<Expert> = [
    {
      title: t('experts.name'),
      key: 'name',
      width: 170,
      fixed: 'left',
      render: (_, e) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen(e)} data-testid="expert-open">
          {e.name}
        </Button>
      ),
    },
    { title: t('experts.kind'), dataIndex: 'kind', width: 110, render: (kind: ExpertKind) => <Tag color={KIND_COLORS[kind]}>{t(expertKindKey(kind))}</Tag> },
    { title: t('experts.organization'), dataIndex: 'organization', ellipsis: true, render: (org: string | null) => org ?? '—' },
    {
      title: t('experts.specialties'),
      key: 'specialties',
      width: 240,
      render: (_, e) => (
        <Space size={[4, 4]} wrap>
          {e.specialties.map((code) => (
            <Tag key={code} style={{ marginInlineEnd: 0 }}>
              {categories.nameOf(code, code)}
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: t('experts.modes'), key: 'modes', width: 110, render: (_, e) => e.serviceModes.map((m) => t(expertModeKey(m))).join(' / ') },
    { title: t('experts.years'), dataIndex: 'years', width: 90, render: (years: number | null) => (years === null ? '—' : t('experts.yearsValue', { years })) },
    {
      title: t('experts.load'),
      key: 'load',
      width: 120,
      render: (_, e) => (
        <span>
          {e.openCases} / {e.maxOpenCases}
          {e.pendingInvitations > 0 ? <div className="expert-sub">{t('experts.pendingValue', { n: e.pendingInvitations })}</div> : null}
        </span>
      ),
    },
    {
      title: t('experts.status'),
      key: 'status',
      width: 120,
      render: (_, e) => {
        const state = availabilityOf(e);
        const tag = <Tag color={AVAILABILITY_COLORS[state]}>{t(`experts.${state}`)}</Tag>;
        return e.availabilityNote ? <Tooltip title={e.availabilityNote}>{tag}</Tooltip> : tag;
      },
    },
  ];

  return (
    <PageContainer
      title={t('menu.experts')}
      description={t('menuDesc.experts')}
      extra={
        isAdmin ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ mode: 'create' })} data-testid="expert-add">
            {t('experts.add')}
          </Button>
        ) : null
      }
    >
      <Card variant="borderless">
        <Space wrap size={8} style={{ marginBottom: 12 }}>
          <Input.Search allowClear placeholder={t('experts.search')} style={{ width: 220 }} onSearch={(q) => filter({ q: q.trim() || undefined })} data-testid="experts-search" />
          <Select allowClear placeholder={t('experts.filterKind')} style={{ width: 140 }} onChange={(kind?: ExpertKind) => filter({ kind })} options={EXPERT_KINDS.map((value) => ({ value, label: t(expertKindKey(value)) }))} />
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('experts.filterSpecialty')} style={{ width: 160 }} onChange={(specialty?: string) => filter({ specialty })} options={categories.top.map((c) => ({ value: c.code, label: categories.label(c) }))} />
          <Select allowClear placeholder={t('experts.filterMode')} style={{ width: 120 }} onChange={(mode?: ExpertServiceMode) => filter({ mode })} options={SERVICE_MODES.map((value) => ({ value, label: t(expertModeKey(value)) }))} />
          <Select
            allowClear
            placeholder={t('experts.filterAvailable')}
            style={{ width: 130 }}
            onChange={(value?: 'yes' | 'no') => filter({ available: value === undefined ? undefined : value === 'yes' })}
            options={[
              { value: 'yes', label: t('experts.available') },
              { value: 'no', label: t('experts.unavailable') },
            ]}
          />
        </Space>
        {policy ? (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('experts.policy', { hours: policy.responseWorkingHours, portal: policy.maxTeamPortal, staff: policy.maxTeamStaff, fallback: policy.fallback ? t('experts.on') : t('experts.off') })}
          </Typography.Paragraph>
        ) : null}
        <Table<Expert>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data.items}
          loading={loading}
          scroll={{ x: 1100 }}
          locale={{ emptyText: t('experts.empty') }}
          rowClassName={(e) => (e.active ? '' : 'expert-row-inactive')}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: data.total, showSizeChanger: false, onChange: setPage, showTotal: (total) => t('experts.total', { total }) }}
          data-testid="experts-table"
        />
      </Card>
      <ExpertDrawer expert={open} canEdit={canEdit} onEdit={(e) => setModal({ mode: 'edit', expert: e })} onClose={() => setOpen(null)} />
      <ExpertFormModal
        state={modal}
        isAdmin={isAdmin}
        onClose={() => setModal(null)}
        onSaved={(saved) => {
          setModal(null);
          if (open?.id === saved.id) setOpen(saved);
          void load();
        }}
      />
    </PageContainer>
  );
}
