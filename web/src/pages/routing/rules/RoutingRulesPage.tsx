// 分流规则 (/routing/rules): the ordered rules of the caller's centers — enable, move, edit,
// delete — and the 试算 panel. Directors and admins edit; dispatchers read and try.
import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Popconfirm, Row, Select, Space, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { isApiError } from '../../../api/client';
import { routingRulesApi, type RoutingRule, type RuleList } from '../../../api/routingRules';
import { PageContainer } from '../../../components/PageContainer';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { formatTime } from '../../cases/shared/format';
import { ConditionTags } from './ConditionTags';
import { PreviewPanel } from './PreviewPanel';
import { RuleDrawer, type RuleDrawerState } from './RuleDrawer';

const ALL = '';

export default function RoutingRulesPage() {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [data, setData] = useState<RuleList | null>(null);
  const [loading, setLoading] = useState(true);
  const [centerFilter, setCenterFilter] = useState<string>(ALL);
  const [drawer, setDrawer] = useState<RuleDrawerState>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(await routingRulesApi.list());
    } catch (error) {
      notify(error);
    } finally {
      setLoading(false);
    }
  }, [notify]);

  useEffect(() => {
    void load();
  }, [load]);

  // The rules that apply at the chosen center (its own and those of every center), in order.
  const rows = useMemo(() => (data?.items ?? []).filter((rule) => centerFilter === ALL || rule.centerId === null || rule.centerId === centerFilter), [data, centerFilter]);
  const canEdit = !!data && (data.editableCenters.length > 0 || data.canEditGlobal);

  const fail = (error: unknown) => {
    if (isApiError(error) && error.status === 409) {
      void message.warning(t('common.conflictReloaded'));
      void load();
    } else notify(error);
  };

  const toggle = async (rule: RoutingRule, enabled: boolean) => {
    setBusy(rule.id);
    try {
      await routingRulesApi.update(rule.id, rule.version, { enabled });
      void message.success(enabled ? t('routingRules.enabledOn') : t('routingRules.enabledOff'));
      await load();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  // Swaps a rule with its neighbour: the two trade positions, every other rule stays put.
  const move = async (index: number, by: -1 | 1) => {
    const rule = rows[index];
    const neighbour = rows[index + by];
    if (!rule || !neighbour) return;
    setBusy(rule.id);
    try {
      setData(await routingRulesApi.reorder(by === -1 ? [rule.id, neighbour.id] : [neighbour.id, rule.id]));
      void message.success(t('routingRules.reordered'));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const remove = async (rule: RoutingRule) => {
    setBusy(rule.id);
    try {
      await routingRulesApi.remove(rule.id, rule.version);
      void message.success(t('routingRules.deleted'));
      await load();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const movable = (index: number, by: -1 | 1) => {
    const a = rows[index];
    const b = rows[index + by];
    return !!a && !!b && a.editable && b.editable;
  };

  const columns: TableColumnsType<RoutingRule> = [
    { title: t('routingRules.order'), key: 'order', width: 64, align: 'center', render: (_, _rule, index) => index + 1 },
    {
      title: t('routingRules.name'),
      key: 'name',
      width: 240,
      render: (_, rule) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong delete={!rule.enabled}>
            {rule.name}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {rule.centerName ?? t('routingRules.centerAll')}
          </Typography.Text>
          {rule.note ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {rule.note}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    { title: t('routingRules.conditions'), key: 'conditions', render: (_, rule) => <ConditionTags rule={rule} /> },
    {
      title: t('routingRules.target'),
      key: 'target',
      width: 230,
      render: (_, rule) => (
        <Space orientation="vertical" size={2}>
          <Typography.Text type={rule.targetUnitName ? undefined : 'danger'}>{rule.targetUnitName ?? t('routingRules.unitGone')}</Typography.Text>
          <Space size={4} wrap>
            <Tag color={rule.target.assign === 'least_loaded' ? 'cyan' : 'default'} style={{ marginInlineEnd: 0 }}>
              {t(`routingRules.assign.${rule.target.assign}`)}
            </Tag>
            {rule.team.length > 0 ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} title={rule.team.map((m) => m.name ?? '?').join(t('common.listSeparator'))}>
                {t('routingRules.summary.team', { count: rule.team.length })}
              </Typography.Text>
            ) : null}
          </Space>
        </Space>
      ),
    },
    {
      title: t('routingRules.enabled'),
      key: 'enabled',
      width: 72,
      render: (_, rule) => (
        <Switch size="small" checked={rule.enabled} disabled={!rule.editable} loading={busy === rule.id} onChange={(next) => void toggle(rule, next)} data-testid={`rule-enabled-${rule.id}`} />
      ),
    },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 200,
            fixed: 'right' as const,
            render: (_: unknown, rule: RoutingRule, index: number) =>
              rule.editable ? (
                <Space size={0}>
                  <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={!movable(index, -1)} onClick={() => void move(index, -1)} aria-label={t('routingRules.moveUp')} title={t('routingRules.moveUp')} />
                  <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={!movable(index, 1)} onClick={() => void move(index, 1)} aria-label={t('routingRules.moveDown')} title={t('routingRules.moveDown')} />
                  <Button type="link" size="small" onClick={() => setDrawer({ mode: 'edit', rule })} data-testid={`rule-edit-${rule.id}`}>
                    {t('common.edit')}
                  </Button>
                  <Popconfirm title={t('routingRules.deleteConfirm', { name: rule.name })} onConfirm={() => remove(rule)}>
                    <Button type="link" size="small" danger>
                      {t('routingRules.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];

  const centers = data?.centers ?? [];
  return (
    <PageContainer
      title={t('menu.routingRules')}
      description={t('menuDesc.routingRules')}
      extra={
        canEdit ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ mode: 'create' })} data-testid="rule-add">
            {t('routingRules.add')}
          </Button>
        ) : null
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={16}>
          <Card
            variant="borderless"
            title={
              centers.length > 1 ? (
                <Select
                  value={centerFilter}
                  onChange={setCenterFilter}
                  style={{ minWidth: 220 }}
                  options={[{ value: ALL, label: t('routingRules.centerAll') }, ...centers.map((center) => ({ value: center.id, label: center.name }))]}
                  aria-label={t('routingRules.centerFilter')}
                />
              ) : (
                centers[0]?.name
              )
            }
          >
            {data && !canEdit ? <Alert type="info" showIcon title={t('routingRules.readOnly')} style={{ marginBottom: 12 }} /> : null}
            <Table<RoutingRule>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={rows}
              loading={loading}
              pagination={false}
              scroll={{ x: 960 }}
              locale={{ emptyText: t('routingRules.empty') }}
              data-testid="rule-table"
              footer={
                rows.length > 0
                  ? () => (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('routingRules.noCatchAll')}
                        {latest(rows).updatedByName ? ` · ${t('routingRules.updatedBy', { name: latest(rows).updatedByName ?? '', time: formatTime(latest(rows).updatedAt) })}` : ''}
                      </Typography.Text>
                    )
                  : undefined
              }
            />
          </Card>
        </Col>
        <Col xs={24} xxl={8}>
          <PreviewPanel />
        </Col>
      </Row>
      <RuleDrawer
        state={drawer}
        centers={data?.editableCenters ?? []}
        canEditGlobal={data?.canEditGlobal ?? false}
        defaultCenterId={centerFilter !== ALL ? centerFilter : data?.editableCenters[0]?.id ?? ''}
        onClose={() => setDrawer(null)}
        onSaved={() => {
          setDrawer(null);
          void load();
        }}
        onConflict={() => {
          setDrawer(null);
          void load();
        }}
      />
    </PageContainer>
  );
}

/** The most recently changed rule (for "changed by … on …"). */
function latest(rules: RoutingRule[]): RoutingRule {
  return rules.reduce((a, b) => (a.updatedAt >= b.updatedAt ? a : b));
}
