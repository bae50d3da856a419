// 帮扶资源: the catalogue by kind, with who provides it and how many referrals are open; staff
// who keep it add, edit and switch resources in and out of use.
import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Input, Select, Space, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { ASSISTANCE_KINDS, assistanceApi, type AssistanceKind, type AssistanceResource } from '../../api/assistance';
import { isApiError } from '../../api/client';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useLatestLoad } from '../../components/useLatestLoad';
import { useT } from '../../i18n';
import { KindTag } from './labels';
import { ResourceDrawer, type ResourceDrawerState } from './ResourceDrawer';
import './assistance.css';

export function ResourcesTab() {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [kind, setKind] = useState<AssistanceKind | undefined>();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<AssistanceResource[]>([]);
  const [canCreate, setCanCreate] = useState(false);
  const [drawer, setDrawer] = useState<ResourceDrawerState>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const { loading, load } = useLatestLoad(
    useCallback(
      async (signal: AbortSignal) => {
        const r = await assistanceApi.resources({ kind, q: q.trim() || undefined }, signal);
        setItems(r.items);
        setCanCreate(r.canCreate);
      },
      [kind, q],
    ),
  );

  const replace = (r: AssistanceResource) => setItems((list) => (list.some((x) => x.id === r.id) ? list.map((x) => (x.id === r.id ? r : x)) : [r, ...list]));

  const toggle = async (r: AssistanceResource, active: boolean) => {
    setBusyId(r.id);
    try {
      replace(await assistanceApi.updateResource(r.id, { active, version: r.version }));
      void message.success(t(active ? 'assistance.enabledDone' : 'assistance.disabledDone', { name: r.name }));
    } catch (error) {
      notify(error);
      if (isApiError(error) && error.status === 409) void load();
    } finally {
      setBusyId(null);
    }
  };

  const columns: TableColumnsType<AssistanceResource> = [
    {
      title: t('assistance.resourceName'),
      key: 'name',
      minWidth: 240,
      render: (_, r) => (
        <div>
          <Typography.Text strong>{r.name}</Typography.Text>
          {r.description ? (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: r.description }} style={{ margin: 0, fontSize: 12 }}>
              {r.description}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
    { title: t('assistance.kind'), key: 'kind', width: 140, render: (_, r) => <KindTag kind={r.kind} /> },
    {
      title: t('assistance.provider'),
      key: 'provider',
      width: 200,
      render: (_, r) => (
        <div>
          <div>{r.provider}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.providerUnitId ? t('assistance.onPlatform') : t('assistance.offPlatform')}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('assistance.center'), key: 'center', width: 160, render: (_, r) => r.centerName ?? <Typography.Text type="secondary">{t('assistance.districtWide')}</Typography.Text> },
    { title: t('assistance.phone'), dataIndex: 'contactPhone', width: 120, render: (p: string | null) => p ?? '—' },
    { title: t('assistance.openReferrals'), dataIndex: 'openReferrals', width: 90, align: 'right' },
    {
      title: t('assistance.inUse'),
      key: 'active',
      width: 90,
      render: (_, r) => (
        <Switch
          size="small"
          checked={r.active}
          disabled={!r.canEdit}
          loading={busyId === r.id}
          onChange={(checked) => void toggle(r, checked)}
          checkedChildren={t('assistance.enabled')}
          unCheckedChildren={t('assistance.disabled')}
          data-testid="resource-active"
        />
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, r) =>
        r.canEdit ? (
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setDrawer({ mode: 'edit', resource: r })}>
            {t('common.edit')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <Select<AssistanceKind | undefined>
            allowClear
            value={kind}
            onChange={setKind}
            placeholder={t('assistance.allKinds')}
            style={{ width: 200 }}
            options={ASSISTANCE_KINDS.map((k) => ({ value: k, label: t(`assistance.kind.${k}`) }))}
            data-testid="resource-kind-filter"
          />
          <Input.Search allowClear placeholder={t('assistance.searchResources')} onSearch={setQ} style={{ width: 240 }} />
        </Space>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => void load()} loading={loading}>
            {t('common.refresh')}
          </Button>
          {canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ mode: 'create' })} data-testid="resource-add">
              {t('assistance.addResource')}
            </Button>
          ) : null}
        </Space>
      </Space>
      <Table<AssistanceResource>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={items}
        pagination={false}
        scroll={{ x: 1100 }}
        rowClassName={(r) => (r.active ? '' : 'row-inactive')}
        locale={{ emptyText: t('assistance.noResources') }}
        data-testid="resource-table"
      />
      <ResourceDrawer
        state={drawer}
        onClose={() => setDrawer(null)}
        onSaved={(r) => {
          replace(r);
          setDrawer(null);
        }}
        onStale={() => {
          setDrawer(null);
          void load();
        }}
      />
    </>
  );
}
