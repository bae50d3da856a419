// 邀请专家: pick from the ranked suggestions (specialty, mode, availability; least loaded first), optionally name the lead.
import { Alert, App, type ButtonProps, Form, Modal, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError } from '../../../api/client';
import { expertsApi, type CaseTeam, type Suggestion } from '../../../api/experts';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { expertKindKey, expertModeKey, KIND_COLORS } from '../../experts/expertLabels';
import { useCategories } from '../shared/useCategories';

interface ProposeExpertsModalProps {
  caseId: string;
  open: boolean;
  /** seats still free in the team */
  free: number;
  responseWorkingHours: number;
  onClose: () => void;
  onProposed: (team: CaseTeam) => void;
}

export function ProposeExpertsModal({ caseId, open, free, responseWorkingHours, onClose, onProposed }: ProposeExpertsModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const categories = useCategories();
  const [items, setItems] = useState<Suggestion[]>([]);
  const [loading, setLoading] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [lead, setLead] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setSelected([]);
    setLead(undefined);
    setProblem(null);
    setLoading(true);
    expertsApi
      .suggestions(caseId)
      .then((result) => setItems(result.items), notify)
      .finally(() => setLoading(false));
  }, [open, caseId, notify]);

  const submit = async () => {
    if (selected.length === 0) {
      setProblem(t('team.selectRequired'));
      return;
    }
    setSaving(true);
    try {
      const team = await expertsApi.propose(caseId, selected, lead && selected.includes(lead) ? lead : null);
      void message.success(t('team.proposed'));
      onProposed(team);
    } catch (error) {
      if (isApiError(error) && Object.keys(error.fields).length > 0) setProblem(Object.values(error.fields).join('；'));
      else notify(error);
    } finally {
      setSaving(false);
    }
  };

  const columns: TableColumnsType<Suggestion> = [
    { title: t('team.rankTitle'), dataIndex: 'rank', width: 64 },
    {
      title: t('experts.name'),
      key: 'name',
      render: (_, e) => (
        <span>
          <Typography.Text strong>{e.name}</Typography.Text>{' '}
          <Tag color={KIND_COLORS[e.kind]}>{t(expertKindKey(e.kind))}</Tag>
          <div className="expert-sub">{e.organization}</div>
        </span>
      ),
    },
    { title: t('experts.specialties'), key: 'specialties', render: (_, e) => e.specialties.map((code) => categories.nameOf(code, code)).join(t('common.listSeparator')) },
    { title: t('experts.modes'), key: 'modes', width: 110, render: (_, e) => e.serviceModes.map((m) => t(expertModeKey(m))).join(' / ') },
    { title: t('experts.years'), dataIndex: 'years', width: 90, render: (years: number | null) => (years === null ? '—' : t('experts.yearsValue', { years })) },
    { title: t('experts.load'), key: 'load', width: 100, render: (_, e) => `${e.load} / ${e.maxOpenCases}` },
  ];

  return (
    <Modal
      open={open}
      width={880}
      title={t('team.proposeTitle')}
      okText={t('team.propose')}
      okButtonProps={{ loading: saving, disabled: selected.length === 0, 'data-testid': 'propose-experts-ok' } as ButtonProps}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('team.suggestionHint', { hours: responseWorkingHours })}</Typography.Paragraph>
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="propose-experts-error" /> : null}
      <Table<Suggestion>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={items}
        pagination={false}
        scroll={{ y: 360, x: 720 }}
        locale={{ emptyText: t('team.noSuggestions') }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => {
            setProblem(null);
            setSelected((keys as string[]).slice(0, Math.max(free, 0)));
          },
          getCheckboxProps: (e) => ({ disabled: !selected.includes(e.id) && selected.length >= free, 'data-testid': `suggestion-${e.id}` }) as object,
        }}
        data-testid="expert-suggestions"
      />
      <Form layout="vertical" style={{ marginTop: 16 }}>
        <Form.Item label={t('team.leadPick')} extra={t('team.leadHint')}>
          <Select
            allowClear
            value={lead}
            onChange={setLead}
            options={items.filter((e) => selected.includes(e.id)).map((e) => ({ value: e.id, label: e.name }))}
            data-testid="propose-experts-lead"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
