// 分流试算: how the rules would route a case now (by its code), rule by rule — nothing changes.
import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { Alert, Card, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { CASE_STATUSES } from '../../../api/caseTypes';
import { routingRulesApi, type RoutingPreview } from '../../../api/routingRules';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { isMessageKey, useT } from '../../../i18n';
import { isOneOf, statusKey } from '../../cases/shared/caseLabels';

export function PreviewPanel() {
  const t = useT();
  const notify = useErrorNotice();
  const [result, setResult] = useState<RoutingPreview | null>(null);
  const [loading, setLoading] = useState(false);

  const run = async (code: string) => {
    if (!code.trim()) return;
    setLoading(true);
    try {
      setResult(await routingRulesApi.previewCase(code.trim()));
    } catch (error) {
      setResult(null);
      notify(error);
    } finally {
      setLoading(false);
    }
  };

  const themeKey = result?.themeToday ? `routingRules.theme.${result.themeToday}` : null;
  const theme = themeKey && isMessageKey(themeKey) ? t('routingRules.previewTheme', { theme: t(themeKey) }) : result && !result.workingDay ? t('routingRules.previewOffDay') : '';

  return (
    <Card variant="borderless" title={t('routingRules.preview')} data-testid="routing-preview">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('routingRules.previewHint')}
      </Typography.Paragraph>
      <Input.Search placeholder={t('routingRules.previewPlaceholder')} enterButton={t('routingRules.previewRun')} loading={loading} onSearch={(value) => void run(value)} allowClear data-testid="routing-preview-code" />
      {result ? (
        <Space orientation="vertical" size={12} style={{ width: '100%', marginTop: 16 }} data-testid="routing-preview-result" data-mode={result.mode}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {result.case ? t('routingRules.previewCase', { code: result.case.code, status: isOneOf(CASE_STATUSES, result.case.status) ? t(statusKey(result.case.status)) : result.case.status }) : null}
            {' · '}
            {t('routingRules.previewDay', { date: result.date, theme })}
          </Typography.Text>
          <Alert
            type={result.mode === 'rule' ? 'success' : 'warning'}
            showIcon
            title={result.matched ? t('routingRules.previewMatched', { name: result.matched.ruleName }) : t('routingRules.previewUnmatched')}
            description={result.explanation}
            data-testid="routing-preview-explanation"
          />
          {result.candidates.length > 0 ? (
            <div>
              <Typography.Text strong>{t('routingRules.previewCandidates')}</Typography.Text>
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 6 }}>
                {result.candidates.map((c, index) => (
                  <Tag key={c.userId} color={index === 0 ? 'cyan' : undefined} style={{ marginInlineEnd: 0 }}>
                    {c.name} · {t('routingRules.previewLoad', { count: c.load })}
                    {c.rostered ? ` · ${t('routingRules.previewRostered')}` : ''}
                  </Tag>
                ))}
              </div>
            </div>
          ) : null}
          <div>
            <Typography.Text strong>{t('routingRules.previewTrace')}</Typography.Text>
            {result.trace.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('routingRules.empty')} />
            ) : (
              <List
                size="small"
                dataSource={result.trace}
                renderItem={(rule, index) => (
                  <List.Item key={rule.ruleId} style={{ display: 'block', paddingInline: 0 }}>
                    <Space size={6} wrap>
                      {rule.matched ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <CloseCircleTwoTone twoToneColor={rule.enabled ? '#ff4d4f' : '#bfbfbf'} />}
                      <Typography.Text strong={rule.matched}>
                        {index + 1}. {rule.ruleName}
                      </Typography.Text>
                      {!rule.enabled ? <Tag style={{ marginInlineEnd: 0 }}>{t('routingRules.previewDisabled')}</Tag> : null}
                    </Space>
                    <div style={{ marginTop: 4 }}>
                      {rule.checks.length === 0 ? (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('routingRules.noConditions')}
                        </Typography.Text>
                      ) : (
                        rule.checks.map((check) => (
                          <Tag key={check.key} color={check.held ? 'green' : 'red'} style={{ marginBottom: 4, whiteSpace: 'normal' }}>
                            {check.text}
                          </Tag>
                        ))
                      )}
                    </div>
                  </List.Item>
                )}
              />
            )}
          </div>
        </Space>
      ) : null}
    </Card>
  );
}
