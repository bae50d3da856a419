// 关联案件: find a case (by code or words) among those the caller sees and link it to the household.
import { App, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { casesApi } from '../../../api/cases';
import type { CaseListItem } from '../../../api/caseTypes';
import { householdProfilesApi } from '../../../api/householdProfiles';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';

export function LinkCaseModal({ householdId, open, onClose, onLinked }: { householdId: string; open: boolean; onClose: () => void; onLinked: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<CaseListItem[]>([]);
  const [caseId, setCaseId] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open || q.trim().length < 2) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      casesApi.list({ q: q.trim(), limit: 10 }, controller.signal).then((r) => setOptions(r.items), notify);
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [open, q, notify]);

  const link = async () => {
    if (!caseId) return;
    setSaving(true);
    try {
      const r = await householdProfilesApi.linkCase(householdId, caseId);
      void message.success(t(r.linked ? 'hp.link.done' : 'hp.link.already', { code: r.code }));
      setCaseId(undefined);
      onLinked();
    } catch (error) {
      notify(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} onCancel={onClose} title={t('hp.link.title')} okText={t('hp.link.submit')} onOk={link} okButtonProps={{ disabled: !caseId, loading: saving }} destroyOnHidden>
      <Select
        showSearch
        filterOption={false}
        value={caseId}
        onChange={setCaseId}
        onSearch={setQ}
        placeholder={t('hp.link.placeholder')}
        style={{ width: '100%' }}
        options={options.map((c) => ({ value: c.id, label: `${c.code} · ${c.title}` }))}
        data-testid="link-case-select"
      />
    </Modal>
  );
}
