// 涉众户 of a group case: import (template, upload, bad-row report), progress headline and
// bars, the households table with bulk steps and batch notices, and the notices sent.
import { TeamOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { Case } from '../../../../api/caseTypes';
import { householdsApi, type HouseholdSummary } from '../../../../api/households';
import { useErrorNotice } from '../../../../components/useErrorNotice';
import { useT } from '../../../../i18n';
import { formatFen } from '../../shared/validators';
import { useHouseholdImport } from './HouseholdImport';
import { HouseholdProgress } from './HouseholdProgress';
import { AgreementModal } from './HouseholdStepModals';
import { HouseholdTable } from './HouseholdTable';
import { NoticeBatches } from './NoticeBatches';

/** `onChanged` reloads the case: imports and payments change its people count, money recovered and timeline. */
export function HouseholdsCard({ current, onChanged }: { current: Case; onChanged: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [summary, setSummary] = useState<HouseholdSummary | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [agreeing, setAgreeing] = useState(false);
  const changed = () => {
    setReloadKey((k) => k + 1);
    onChanged();
  };
  const importer = useHouseholdImport(current.id, changed);

  useEffect(() => {
    const ac = new AbortController();
    householdsApi.summary(current.id, ac.signal).then(setSummary, notify);
    return () => ac.abort();
  }, [current.id, reloadKey, notify]);

  const canEdit = summary?.canEdit ?? false;
  return (
    <Card
      variant="borderless"
      loading={summary === null}
      data-testid="households-card"
      title={
        <Space>
          <TeamOutlined />
          {t('households.title')}
        </Space>
      }
      extra={
        canEdit ? (
          <Space wrap>
            {importer.buttons}
            {summary && summary.total > 0 ? (
              <Button onClick={() => setAgreeing(true)} data-testid="households-agreement">
                {t('households.agreement')}
              </Button>
            ) : null}
          </Space>
        ) : null
      }
    >
      {summary ? (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {importer.report}
          {summary.total === 0 ? (
            <Alert type="info" showIcon title={t('households.empty')} />
          ) : (
            <>
              <HouseholdProgress summary={summary} />
              <HouseholdTable caseId={current.id} canEdit={canEdit} reloadKey={reloadKey} onChanged={changed} />
              <NoticeBatches caseId={current.id} reloadKey={reloadKey} />
            </>
          )}
        </Space>
      ) : null}
      <AgreementModal
        open={agreeing}
        onClose={() => setAgreeing(false)}
        onSubmit={async (mode, ratio) => {
          try {
            const r = await householdsApi.applyAgreement(current.id, mode, ratio);
            void message.success(t('households.agreement.done', { applied: r.applied, amount: formatFen(r.agreedFen), skipped: r.skippedSigned }));
            changed();
          } catch (error) {
            notify(error);
            throw error;
          }
        }}
      />
    </Card>
  );
}
