// 基本信息: the matter, where it is, how much and how many; and how it is being handled.
import { Card, Descriptions, Typography } from 'antd';
import type { Case } from '../../../api/caseTypes';
import { useT } from '../../../i18n';
import { channelKey, destinationKey, outcomeKey, satisfactionKey, urgencyKey } from '../shared/caseLabels';
import { formatTime } from '../shared/format';
import { useCategories } from '../shared/useCategories';
import { formatFen } from '../shared/validators';

const none = <Typography.Text type="secondary">—</Typography.Text>;

export function BasicInfoCard({ current }: { current: Case }) {
  const t = useT();
  const categories = useCategories();
  const category = [current.category, current.subcategory]
    .filter((code): code is string => !!code)
    .map((code) => categories.nameOf(code, code === current.category ? current.categoryName : code))
    .join(' / ');
  const territory = [current.streetName, current.communityName, current.gridName].filter(Boolean).join(' / ');
  return (
    <Card variant="borderless" title={t('caseDetail.basicInfo')}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'description',
            label: t('case.description'),
            span: 'filled',
            children: <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{current.description}</Typography.Paragraph>,
          },
          { key: 'category', label: t('case.category'), children: category },
          { key: 'channel', label: t('case.channel'), children: t(channelKey(current.channel)) },
          { key: 'urgency', label: t('case.urgency'), children: t(urgencyKey(current.urgency)) },
          { key: 'territory', label: t('case.territory'), children: territory || none },
          { key: 'address', label: t('case.address'), children: current.address || none },
          {
            key: 'amount',
            label: t('case.amount'),
            children: current.amountFen !== null ? t('caseDetail.amountYuan', { amount: formatFen(current.amountFen) }) : none,
          },
          { key: 'people', label: t('case.peopleCount'), children: current.peopleCount ?? none },
          { key: 'registeredAt', label: t('case.registeredAt'), children: formatTime(current.registeredAt) },
          { key: 'acceptedAt', label: t('case.acceptedAt'), children: formatTime(current.acceptedAt) },
        ]}
      />
    </Card>
  );
}

export function HandlingCard({ current }: { current: Case }) {
  const t = useT();
  return (
    <Card variant="borderless" title={t('caseDetail.handling')}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'unit', label: t('case.handlingUnit'), children: current.handlingUnitName || none },
          { key: 'assignee', label: t('case.assignee'), children: current.assigneeName || none },
          {
            key: 'outcome',
            label: t('case.outcome'),
            children: current.outcome ? (
              <span>
                {t(outcomeKey(current.outcome))}
                {current.outcomeNote ? <Typography.Text type="secondary">（{current.outcomeNote}）</Typography.Text> : null}
              </span>
            ) : (
              none
            ),
          },
          ...(current.referral
            ? [
                {
                  key: 'referral',
                  label: t('case.referral'),
                  children: (
                    <span>
                      {t(destinationKey(current.referral.destination))}
                      {current.referral.note ? <Typography.Text type="secondary">（{current.referral.note}）</Typography.Text> : null}
                    </span>
                  ),
                },
              ]
            : []),
          { key: 'satisfaction', label: t('case.satisfaction'), children: current.satisfaction ? t(satisfactionKey(current.satisfaction)) : none },
          { key: 'concludedAt', label: t('case.concludedAt'), children: formatTime(current.concludedAt) },
          { key: 'archivedAt', label: t('case.archivedAt'), children: formatTime(current.archivedAt) },
        ]}
      />
    </Card>
  );
}
