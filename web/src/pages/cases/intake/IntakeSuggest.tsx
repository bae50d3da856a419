// 智能辅助: suggested categories (click to fill), risk assessment and related earlier cases,
// refreshed while the clerk types. Advisory only: nothing is set without a click, and a
// failure never blocks filing.
import { Alert, Card, Form, Space, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { RiskLevel } from '../../../api/caseTypes';
import type { RelatedReason } from '../../../api/intake';
import { isMessageKey, useT, type MessageKey } from '../../../i18n';
import { useCategories } from '../shared/useCategories';
import type { IntakeValues } from './intakeForm';
import { SUGGEST_MIN_LENGTH, toSuggestInput, useIntakeSuggest } from './useIntakeSuggest';
import { IntakeMassWarning } from './IntakeMassWarning';

const RISK_TAG_COLORS: Record<RiskLevel, string> = { low: 'green', medium: 'orange', high: 'red' };

const REASON_KEYS: Record<RelatedReason, MessageKey> = {
  same_party: 'intakeSuggest.reason.same_party',
  same_respondent: 'intakeSuggest.reason.same_respondent',
  same_address: 'intakeSuggest.reason.same_address',
  similar_text: 'intakeSuggest.reason.similar_text',
};

const percent = (score: number) => `${Math.round(Math.min(1, Math.max(0, score)) * 100)}%`;

export function IntakeSuggest() {
  const t = useT();
  const form = Form.useFormInstance<IntakeValues>();
  const categories = useCategories();
  const description = Form.useWatch('description', form);
  const parties = Form.useWatch('parties', form);
  const address = Form.useWatch('address', form);
  const grid = Form.useWatch('grid', form);
  const category = Form.useWatch('category', form);
  const subcategory = Form.useWatch('subcategory', form);
  const { data, loading, failed } = useIntakeSuggest(toSuggestInput({ description, parties, address, grid }));

  const pick = (code: string) => {
    const known = categories.byCode.get(code);
    if (known?.parentCode) {
      form.setFieldsValue({ category: known.parentCode, subcategory: code });
    } else if (code !== category) {
      form.setFieldsValue({ category: code, subcategory: undefined });
    }
  };

  const statusLabel = (status: string) => {
    const key = `status.${status}`;
    return isMessageKey(key) ? t(key) : status;
  };

  let body;
  if (!data) {
    body = (
      <Typography.Text type="secondary">
        {loading ? <Spin size="small" /> : failed ? t('intakeSuggest.unavailable') : t('intakeSuggest.hint', { min: SUGGEST_MIN_LENGTH })}
      </Typography.Text>
    );
  } else {
    const level = data.risk.level;
    body = (
      <Space orientation="vertical" size={10} style={{ width: '100%' }}>
        <div className="intake-suggest-row">
          <Typography.Text type="secondary" className="intake-suggest-label">
            {t('intakeSuggest.categories')}
          </Typography.Text>
          <div>
            {data.categories.length === 0 ? (
              <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
            ) : (
              data.categories.map((item, index) => (
                <Tag.CheckableTag
                  key={item.code}
                  checked={item.code === category || item.code === subcategory}
                  onChange={() => pick(item.code)}
                  data-testid={`intake-suggest-category-${index}`}
                  className="intake-suggest-category"
                >
                  {categories.nameOf(item.code, item.code)} {percent(item.score)}
                </Tag.CheckableTag>
              ))
            )}
            <Typography.Text type="secondary" className="intake-suggest-note">
              {t('intakeSuggest.clickToApply')}
            </Typography.Text>
          </div>
        </div>
        <div className="intake-suggest-row">
          <Typography.Text type="secondary" className="intake-suggest-label">
            {t('intakeSuggest.risk')}
          </Typography.Text>
          <div>
            <Tag color={RISK_TAG_COLORS[level]} data-testid="intake-suggest-risk">
              {t(`risk.${level}`)}
            </Tag>
            {data.risk.signs.length > 0 && (
              <Typography.Text type="secondary">{data.risk.signs.join(t('common.listSeparator'))}</Typography.Text>
            )}
          </div>
        </div>
        {level === 'high' && <Alert type="warning" showIcon title={t('intakeSuggest.highRiskAdvice')} />}
        <IntakeMassWarning warning={data.massWarning} />
        <div className="intake-suggest-row">
          <Typography.Text type="secondary" className="intake-suggest-label">
            {t('intakeSuggest.related')}
          </Typography.Text>
          {data.related.length === 0 ? (
            <Typography.Text type="secondary">{t('intakeSuggest.noRelated')}</Typography.Text>
          ) : (
            <ul className="intake-suggest-related">
              {data.related.map((item) => (
                <li key={item.id}>
                  <Link to={`/cases/${encodeURIComponent(item.id)}`} target="_blank" rel="noopener noreferrer">
                    {item.code}
                  </Link>{' '}
                  <Typography.Text ellipsis={{ tooltip: item.title }} className="intake-suggest-title">
                    {item.title}
                  </Typography.Text>{' '}
                  <Tag>{statusLabel(item.status)}</Tag>
                  <Tag color="blue">{t(REASON_KEYS[item.reason])}</Tag>
                </li>
              ))}
            </ul>
          )}
        </div>
        {data.truncated && <Typography.Text type="secondary">{t('intakeSuggest.truncated')}</Typography.Text>}
      </Space>
    );
  }

  return (
    <Card
      size="small"
      title={t('intakeSuggest.title')}
      extra={data && loading ? <Spin size="small" /> : undefined}
      className="intake-suggest"
      data-testid="intake-suggest"
    >
      {body}
    </Card>
  );
}
