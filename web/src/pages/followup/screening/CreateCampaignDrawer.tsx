// 发起排查活动: name, center, dates, and the area picked as streets, communities or grids
// in a lazily loaded tree; the checklist version in force is shown (the server uses it).
import { Alert, DatePicker, Drawer, Form, Grid, Input, Select, TreeSelect, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { isApiError } from '../../../api/client';
import { orgApi } from '../../../api/org';
import { type Checklist, riskApi } from '../../../api/risk';
import { type CampaignDetail, screeningApi } from '../../../api/screening';
import type { OrgKind, OrgUnit } from '../../../api/types';
import { useAuth } from '../../../auth/useAuth';
import { applyFieldErrors } from '../../../components/formErrors';
import { DrawerFooter } from '../../../components/DrawerFooter';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useLocale, useT } from '../../../i18n';

const AREA_KINDS: readonly OrgKind[] = ['district', 'street', 'town', 'community', 'grid'];

interface TreeNode {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
  checkable: boolean;
  kind: OrgKind;
}

interface Values {
  name: string;
  description?: string;
  centerId?: string;
  period: [Dayjs, Dayjs];
  area: string[];
}

const node = (u: OrgUnit): TreeNode => ({
  id: u.id,
  pId: u.parentId,
  value: u.id,
  title: u.name,
  isLeaf: u.kind === 'grid' || u.childCount === 0,
  checkable: u.kind !== 'district',
  kind: u.kind,
});

export function CreateCampaignDrawer({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (c: CampaignDetail) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const notify = useErrorNotice();
  const { user } = useAuth();
  const narrow = Grid.useBreakpoint().md === false;
  const [form] = Form.useForm<Values>();
  const [nodes, setNodes] = useState<TreeNode[]>([]);
  const [centers, setCenters] = useState<OrgUnit[]>([]);
  const [checklist, setChecklist] = useState<Checklist | null | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  const myCenter = useMemo(() => user?.roles.find((r) => (r.role === 'director' || r.role === 'dispatcher') && r.unitKind === 'center')?.unitId, [user]);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    orgApi.children('root', controller.signal).then((r) => setNodes(r.items.filter((u) => AREA_KINDS.includes(u.kind)).map(node)), notify);
    orgApi.byKind('center', undefined, controller.signal).then((r) => setCenters(r.items), notify);
    riskApi.active('family', controller.signal).then(setChecklist, (error: unknown) => {
      if (isApiError(error) && error.status === 404) setChecklist(null);
      else notify(error);
    });
    form.setFieldsValue({ centerId: myCenter });
    return () => controller.abort();
  }, [open, form, myCenter, notify]);

  const loadChildren = async (id: string) => {
    if (nodes.some((n) => n.pId === id)) return;
    const r = await orgApi.children(id);
    setNodes((prev) => [...prev, ...r.items.filter((u) => AREA_KINDS.includes(u.kind)).map(node)]);
  };

  const submit = async (v: Values) => {
    const kinds = new Map(nodes.map((n) => [n.id, n.kind]));
    const area = v.area ?? [];
    setSaving(true);
    try {
      const created = await screeningApi.create({
        name: v.name,
        description: v.description || null,
        centerId: v.centerId,
        startsOn: v.period[0].format('YYYY-MM-DD'),
        endsOn: v.period[1].format('YYYY-MM-DD'),
        gridIds: area.filter((id) => kinds.get(id) === 'grid'),
        unitIds: area.filter((id) => kinds.get(id) !== 'grid'),
      });
      form.resetFields();
      onCreated(created);
    } catch (error) {
      if (isApiError(error) && error.status === 400) {
        const rest = applyFieldErrors(form, error, ['name', 'description', 'centerId']);
        const dates = Object.entries(error.fields).filter(([k]) => k === 'startsOn' || k === 'endsOn').map(([, m]) => m);
        const areas = Object.entries(error.fields).filter(([k]) => /^(grids|gridIds|unitIds|targets)/.test(k)).map(([, m]) => m);
        form.setFields([
          { name: 'period', errors: dates },
          { name: 'area', errors: [...new Set(areas)] },
        ]);
        if (!dates.length && !areas.length && rest.length) notify(error);
      } else notify(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={narrow ? '100%' : 560}
      title={t('screening.create.title')}
      destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSubmit={() => form.submit()} submitText={t('screening.create.submit')} saving={saving} disabled={checklist === null} submitTestId="campaign-submit" />}
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="campaign-form">
        <Form.Item name="name" label={t('screening.create.name')} rules={[{ required: true, whitespace: true, message: t('screening.create.required', { field: t('screening.create.name') }) }]}>
          <Input maxLength={60} placeholder={t('screening.create.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="centerId" label={t('screening.create.center')} rules={[{ required: true, message: t('screening.create.required', { field: t('screening.create.center') }) }]}>
          <Select options={centers.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="period" label={t('screening.create.period')} rules={[{ required: true, message: t('screening.create.required', { field: t('screening.create.period') }) }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="area"
          label={t('screening.create.area')}
          extra={
            <>
              <div>{t('screening.create.areaHelp')}</div>
              <div>{t('screening.create.targetsHelp')}</div>
            </>
          }
          rules={[{ required: true, message: t('screening.create.required', { field: t('screening.create.area') }) }]}
        >
          <TreeSelect
            treeDataSimpleMode
            treeData={nodes}
            loadData={(n) => loadChildren(String(n.value))}
            treeCheckable
            showCheckedStrategy={TreeSelect.SHOW_PARENT}
            placeholder={t('screening.create.areaPlaceholder')}
            maxTagCount={8}
            style={{ width: '100%' }}
            data-testid="campaign-area"
          />
        </Form.Item>
        <Form.Item name="description" label={t('screening.create.description')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        {checklist === null ? (
          <Alert type="error" showIcon title={t('screening.create.noChecklist')} />
        ) : checklist ? (
          <Alert
            type="info"
            showIcon
            title={
              <Typography.Text>
                {t('screening.create.checklist', { list: t('screening.checklistVersion', { name: locale === 'en' ? checklist.nameEn : checklist.name, version: checklist.version }) })}
              </Typography.Text>
            }
          />
        ) : null}
      </Form>
    </Drawer>
  );
}
