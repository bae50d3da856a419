// The progress of a group case's households: 「480 / 531 已签约」, one bar per step, the money.
import { Col, Descriptions, Progress, Row, Space, Statistic, Tag, Typography } from 'antd';
import { HOUSEHOLD_STEPS, type HouseholdSummary } from '../../../../api/households';
import { useT } from '../../../../i18n';
import { formatFen } from '../../shared/validators';

export function HouseholdProgress({ summary }: { summary: HouseholdSummary }) {
  const t = useT();
  const pct = (n: number) => (summary.total ? Math.round((n / summary.total) * 1000) / 10 : 0);
  const yuan = (fen: number) => t('households.money.yuan', { amount: formatFen(fen) });
  return (
    <Row gutter={[24, 12]} data-testid="households-progress">
      <Col xs={24} md={9}>
        <Statistic
          title={t('households.step.signed')}
          value={t('households.headline', { done: summary.steps.signed, total: summary.total })}
          valueStyle={{ fontSize: 26 }}
          data-testid="households-headline"
        />
        <Space size={4} wrap style={{ marginTop: 4 }}>
          <Tag>{t('households.representatives', { count: summary.representatives })}</Tag>
          <Tag>{t('households.withPhone', { count: summary.withPhone })}</Tag>
          {summary.partiallyPaid > 0 ? <Tag color="gold">{t('households.partiallyPaid', { count: summary.partiallyPaid })}</Tag> : null}
        </Space>
      </Col>
      <Col xs={24} md={15}>
        {HOUSEHOLD_STEPS.map((step) => (
          <Row key={step} gutter={8} align="middle" wrap={false}>
            <Col flex="84px">
              <Typography.Text type="secondary">{t(`households.step.${step}`)}</Typography.Text>
            </Col>
            <Col flex="auto">
              <Progress percent={pct(summary.steps[step])} size="small" format={() => `${summary.steps[step]} / ${summary.total}`} status={step === 'paid' ? 'success' : 'normal'} />
            </Col>
          </Row>
        ))}
      </Col>
      <Col span={24}>
        <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
          <Descriptions.Item label={t('households.money.claim')}>{yuan(summary.claimFen)}</Descriptions.Item>
          <Descriptions.Item label={t('households.money.agreed')}>{yuan(summary.agreedFen)}</Descriptions.Item>
          <Descriptions.Item label={t('households.money.paid')}>
            <Typography.Text strong data-testid="households-paid">
              {yuan(summary.paidFen)}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      </Col>
    </Row>
  );
}
