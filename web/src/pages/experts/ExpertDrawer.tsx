// One expert's profile: kind, organization, specialties, modes, availability and load.
import { Button, Descriptions, Drawer, Space, Tag, Typography } from 'antd';
import type { Expert } from '../../api/experts';
import { useT } from '../../i18n';
import { useCategories } from '../cases/shared/useCategories';
import { AVAILABILITY_COLORS, availabilityOf, expertKindKey, expertModeKey, KIND_COLORS } from './expertLabels';

export function ExpertDrawer({ expert, canEdit, onEdit, onClose }: { expert: Expert | null; canEdit: boolean; onEdit: (e: Expert) => void; onClose: () => void }) {
  const t = useT();
  const categories = useCategories();
  const state = expert ? availabilityOf(expert) : 'available';
  return (
    <Drawer
      open={expert !== null}
      size="large"
      title={expert ? `${t('experts.profile')} · ${expert.name}` : ''}
      onClose={onClose}
      extra={
        expert && canEdit ? (
          <Button type="primary" onClick={() => onEdit(expert)} data-testid="expert-edit">
            {t('common.edit')}
          </Button>
        ) : null
      }
      data-testid="expert-drawer"
    >
      {expert ? (
        <Descriptions
          column={1}
          size="small"
          bordered
          styles={{ label: { width: 112, whiteSpace: 'nowrap' } }}
          items={[
            { key: 'kind', label: t('experts.kind'), children: <Tag color={KIND_COLORS[expert.kind]}>{t(expertKindKey(expert.kind))}</Tag> },
            { key: 'gender', label: t('experts.gender'), children: expert.gender ? t(`expertGender.${expert.gender}`) : '—' },
            { key: 'org', label: t('experts.organization'), children: expert.organization ?? '—' },
            { key: 'years', label: t('experts.years'), children: expert.years === null ? '—' : t('experts.yearsValue', { years: expert.years }) },
            {
              key: 'specialties',
              label: t('experts.specialties'),
              children: (
                <Space size={[4, 4]} wrap>
                  {expert.specialties.map((code) => (
                    <Tag key={code}>{categories.nameOf(code, code)}</Tag>
                  ))}
                </Space>
              ),
            },
            { key: 'modes', label: t('experts.modes'), children: expert.serviceModes.map((m) => t(expertModeKey(m))).join(' / ') },
            {
              key: 'status',
              label: t('experts.status'),
              children: (
                <Space orientation="vertical" size={2}>
                  <Tag color={AVAILABILITY_COLORS[state]}>{t(`experts.${state}`)}</Tag>
                  {expert.availabilityNote ? <Typography.Text type="secondary">{expert.availabilityNote}</Typography.Text> : null}
                </Space>
              ),
            },
            { key: 'load', label: t('experts.load'), children: `${t('experts.inCases', { open: expert.openCases, pending: expert.pendingInvitations })} · ${t('experts.maxOpenCases')} ${expert.maxOpenCases}` },
            ...(expert.username !== undefined ? [{ key: 'account', label: t('experts.account'), children: expert.username ?? t('experts.noAccount') }] : []),
            { key: 'bio', label: t('experts.bio'), children: <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{expert.bio ?? '—'}</Typography.Paragraph> },
          ]}
        />
      ) : null}
    </Drawer>
  );
}
