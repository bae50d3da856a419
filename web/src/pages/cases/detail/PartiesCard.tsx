// 当事人: masked by default; 查看完整信息 asks for a reason and shows the full values
// until the page is left (never stored).
import { EyeOutlined, UserOutlined, BankOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CaseParty, RevealedParty } from '../../../api/caseTypes';
import { useT } from '../../../i18n';
import { partyKindKey, partyRoleKey } from '../shared/caseLabels';
import { RevealModal } from './RevealModal';

const ROLE_COLORS = { applicant: 'blue', respondent: 'orange', third_party: 'default' } as const;
const none = <Typography.Text type="secondary">—</Typography.Text>;
/** A group case can carry hundreds of households: show the first few, the rest on request. */
const FOLDED = 8;

export function PartiesCard({ caseId, parties }: { caseId: string; parties: CaseParty[] }) {
  const t = useT();
  const [revealing, setRevealing] = useState<CaseParty | null>(null);
  const [revealed, setRevealed] = useState<Record<string, RevealedParty>>({});
  const [expanded, setExpanded] = useState(false);
  const folded = !expanded && parties.length > FOLDED + 2;
  const shown = folded ? parties.slice(0, FOLDED) : parties;

  return (
    <Card variant="borderless" title={t('caseDetail.parties')} extra={parties.length > FOLDED + 2 ? t('caseDetail.partiesCount', { count: parties.length }) : undefined}>
      <div className="case-parties">
        {shown.map((party) => {
          const full = revealed[party.partyId];
          return (
            <div key={`${party.partyId}-${party.role}`} className="case-party" data-testid="case-party">
              <div className="case-party-head">
                <Space size={6}>
                  {party.kind === 'person' ? <UserOutlined /> : <BankOutlined />}
                  <Typography.Text strong>{party.name}</Typography.Text>
                  <Tag color={ROLE_COLORS[party.role]}>{t(partyRoleKey(party.role))}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(partyKindKey(party.kind))}
                  </Typography.Text>
                </Space>
                {full ? (
                  <Tag color="gold">{t('reveal.shown')}</Tag>
                ) : (
                  <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => setRevealing(party)} data-testid="party-reveal">
                    {t('reveal.button')}
                  </Button>
                )}
              </div>
              <Descriptions
                size="small"
                column={{ xs: 1, md: 3 }}
                items={[
                  party.kind === 'person'
                    ? { key: 'id', label: t('intake.idNumber'), children: (full ? full.idNumber : party.idNumber) || none }
                    : { key: 'uscc', label: t('intake.uscc'), children: party.uscc || none },
                  { key: 'phone', label: t('intake.phone'), children: (full ? full.phone : party.phone) || none },
                  { key: 'address', label: t('intake.partyAddress'), children: (full ? full.address : party.address) || none },
                ]}
              />
            </div>
          );
        })}
        {parties.length > FOLDED + 2 && (
          <Button type="link" onClick={() => setExpanded(!expanded)} data-testid="parties-toggle">
            {folded ? t('caseDetail.partiesShowAll', { count: parties.length }) : t('caseDetail.partiesFold')}
          </Button>
        )}
      </div>
      <RevealModal
        caseId={caseId}
        party={revealing}
        onClose={() => setRevealing(null)}
        onRevealed={(partyId, values) => setRevealed((prev) => ({ ...prev, [partyId]: values }))}
      />
    </Card>
  );
}
