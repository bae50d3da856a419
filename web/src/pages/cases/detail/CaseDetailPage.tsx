// 案件详情 (/cases/:id): header with the allowed actions, then the dossier sections.
import { Alert, Button, Col, Result, Row, Space } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ArchiveGap, CaseAction } from '../../../api/caseTypes';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { PageContainer } from '../../../components/PageContainer';
import { useT } from '../../../i18n';
import { archiveGapKey } from '../shared/caseLabels';
import { ActionModal } from './ActionModal';
import { AnnotationsCard } from './AnnotationsCard';
import { AttachmentsCard } from './AttachmentsCard';
import { DocumentsCard } from './DocumentsCard';
import { BasicInfoCard, HandlingCard } from './BasicInfoCard';
import { CaseHeader } from './CaseHeader';
import { DeadlinesCard } from './DeadlinesCard';
import { OncallRequestsCard } from './OncallRequestsCard';
import { AssistanceCard } from '../../assistance/AssistanceCard';
import { AgreementSection } from './AgreementSection';
import { MassDisputeSection } from './mass/MassDisputeSection';
import { ExpertTeamCard } from './ExpertTeamCard';
import { PartiesCard } from './PartiesCard';
import { RoutingCard } from './RoutingCard';
import { SessionsCard } from './SessionsCard';
import { TimelineCard } from './TimelineCard';
import { FollowupCard } from '../../followup/FollowupCard';
import { errorStatus, useCase } from './useCase';
import './caseDetail.css';

const CONCLUDED = ['resolved', 'referred', 'withdrawn'];

export default function CaseDetailPage() {
  const t = useT();
  const { id } = useParams();
  const { data: current, fetchedAt, error, reload, setCase } = useCase(id);
  const [action, setAction] = useState<CaseAction | null>(null);
  const [refusedGaps, setRefusedGaps] = useState<ArchiveGap[]>([]);

  if (!current) {
    if (!error) return <FullPageSpin />;
    const status = errorStatus(error);
    return (
      <Result
        status={status === 403 ? '403' : status === 404 ? '404' : 'error'}
        title={status === 403 ? t('caseDetail.forbidden') : status === 404 ? t('caseDetail.notFound') : t('error.unexpected')}
        extra={
          <Link to="/cases/mine">
            <Button type="primary">{t('caseDetail.backToList')}</Button>
          </Link>
        }
      />
    );
  }

  const gaps = current.status === 'archived' ? [] : refusedGaps.length > 0 ? refusedGaps : CONCLUDED.includes(current.status) ? current.archiveGaps : [];

  return (
    <PageContainer title={t('caseDetail.title')}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <CaseHeader current={current} onAction={setAction} />
        {current.status === 'archived' ? (
          <Alert type="info" showIcon title={t('caseDetail.archivedNotice')} data-testid="case-archived-notice" />
        ) : null}
        {gaps.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            data-testid="case-archive-gaps"
            title={t('caseDetail.archiveBlocked')}
            description={gaps.map((gap) => t(archiveGapKey(gap))).join(t('common.listSeparator'))}
          />
        ) : null}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <BasicInfoCard current={current} />
              <MassDisputeSection current={current} onChanged={() => void reload()} />
              <PartiesCard caseId={current.id} parties={current.parties} />
              <SessionsCard current={current} onChanged={() => void reload()} />
              <AgreementSection current={current} onChanged={() => void reload()} />
              <DocumentsCard current={current} onChanged={() => void reload()} />
              <AttachmentsCard current={current} onChanged={() => void reload()} />
              <TimelineCard events={current.timeline} />
            </Space>
          </Col>
          <Col xs={24} xl={8}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <DeadlinesCard current={current} fetchedAt={fetchedAt} />
              <RoutingCard current={current} />
              <HandlingCard current={current} />
              <FollowupCard current={current} onChanged={() => void reload()} />
              <OncallRequestsCard current={current} onChanged={() => void reload()} />
              <AssistanceCard caseId={current.id} hideWhenEmpty={!['resolved', 'archived'].includes(current.status)} />
              <ExpertTeamCard current={current} onChanged={() => void reload()} />
              <AnnotationsCard current={current} onChanged={() => void reload()} />
            </Space>
          </Col>
        </Row>
      </Space>
      <ActionModal
        action={action}
        current={current}
        onClose={() => setAction(null)}
        onCase={(next) => {
          setRefusedGaps([]);
          setCase(next);
        }}
        onArchiveGaps={(next) => {
          setRefusedGaps(next);
          void reload();
        }}
      />
    </PageContainer>
  );
}
