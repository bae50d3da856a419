// 风险清单 as form fields: one choice per item, with a live estimate of score and level.
// Reusable in any antd <Form>: answers live under `name` (answers.<item> for an
// assessment, riskAnswers.<item> for a resolution or a visit), so the API's 400 field
// errors land on the right item. Works one-handed on a 360 px phone: labels above,
// answers as wrapping buttons of touch size.
import { Alert, Button, Form, Radio, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Checklist, RiskAnswers, RiskLevel } from '../../api/risk';
import { riskApi } from '../../api/risk';
import { isApiError } from '../../api/client';
import { useLocale, useT } from '../../i18n';
import { levelRank, RiskLevelTag } from './riskLevel';
import './riskChecklist.css';

type NamePath = string | (string | number)[];
const path = (name: NamePath): (string | number)[] => (Array.isArray(name) ? name : [name]);

/** Score and level of (possibly incomplete) answers, by the checklist's own rules (the server has the last word). */
export function estimateRisk(checklist: Pick<Checklist, 'items' | 'thresholds'>, answers: Partial<RiskAnswers> | undefined): { score: number; level: RiskLevel; answered: number } {
  let score = 0;
  let floor: RiskLevel = 'low';
  let answered = 0;
  for (const item of checklist.items) {
    const answer = item.answers.find((a) => a.code === answers?.[item.code]);
    if (!answer) continue;
    answered++;
    score += answer.weight;
    if (answer.floor && levelRank(answer.floor) > levelRank(floor)) floor = answer.floor;
  }
  const byScore: RiskLevel = score >= checklist.thresholds.high ? 'high' : score >= checklist.thresholds.medium ? 'medium' : 'low';
  return { score, level: levelRank(byScore) >= levelRank(floor) ? byScore : floor, answered };
}

/** The answer meaning "nothing found" of each item (weight 0, 'no' first). */
export function noneAnswer(item: Checklist['items'][number]): string {
  const zero = item.answers.filter((a) => a.weight === 0 && !a.floor);
  return (zero.find((a) => a.code === 'no') ?? zero[0] ?? item.answers[0])!.code;
}

/** Only the answers of items on the checklist (a form may hold stale keys). */
export function pickAnswers(checklist: Checklist, answers: Partial<RiskAnswers> | undefined): RiskAnswers {
  const out: RiskAnswers = {};
  for (const item of checklist.items) {
    const value = answers?.[item.code];
    if (value) out[item.code] = value;
  }
  return out;
}

export interface RiskChecklistFormProps {
  checklist: Checklist;
  /** where the answers live in the form: 'answers' or 'riskAnswers' (default) */
  name?: NamePath;
  /** every item must be answered (default true) */
  required?: boolean;
  disabled?: boolean;
  /** the live score and level below the items (default true) */
  showEstimate?: boolean;
}

export function RiskChecklistForm({ checklist, name = 'riskAnswers', required = true, disabled = false, showEstimate = true }: RiskChecklistFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const form = Form.useFormInstance();
  const base = path(name);
  const answers = Form.useWatch(base, form) as Partial<RiskAnswers> | undefined;
  const { score, level, answered } = estimateRisk(checklist, answers);
  const label = (l: { zh: string; en: string }) => (locale === 'en' ? l.en : l.zh);
  const total = checklist.items.length;

  const fillNone = () => {
    for (const item of checklist.items) {
      if (!answers?.[item.code]) form.setFieldValue([...base, item.code], noneAnswer(item));
    }
    void form.validateFields(checklist.items.map((item) => [...base, item.code])).catch(() => undefined);
  };

  return (
    <div className="risk-checklist" data-testid="risk-checklist">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8, fontSize: 13 }}>
        {t('riskForm.version', { name: locale === 'en' ? checklist.nameEn : checklist.name, version: checklist.version })} · {t('riskForm.hint')}
      </Typography.Paragraph>
      {checklist.items.map((item, index) => (
        <Form.Item
          key={item.code}
          name={[...base, item.code]}
          label={`${index + 1}. ${label(item.label)}`}
          rules={required ? [{ required: true, message: t('riskForm.required') }] : []}
          className="risk-checklist-item"
        >
          <Radio.Group optionType="button" buttonStyle="solid" disabled={disabled} data-testid={`risk-item-${item.code}`}>
            {item.answers.map((answer) => (
              <Radio.Button key={answer.code} value={answer.code}>
                <span data-testid={`risk-answer-${item.code}-${answer.code}`}>{label(answer.label)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
      ))}
      {!disabled && answered < total ? (
        <Button size="small" onClick={fillNone} style={{ marginBottom: 12 }} data-testid="risk-fill-none">
          {t('riskForm.fillNo')}
        </Button>
      ) : null}
      {showEstimate ? (
        <Alert
          type={level === 'high' ? 'error' : level === 'medium' ? 'warning' : 'info'}
          showIcon
          data-testid="risk-estimate"
          title={
            <Space wrap size={8}>
              <RiskLevelTag level={level} />
              <Typography.Text>{t('riskForm.estimate', { score })}</Typography.Text>
              <Typography.Text type="secondary">{t('riskForm.answered', { done: answered, total })}</Typography.Text>
            </Space>
          }
        />
      ) : null}
    </div>
  );
}

/** The active checklist of a code, loaded once per mount; `error` says why not. */
export function useActiveChecklist(code = 'family') {
  const [state, setState] = useState<{ checklist: Checklist | null; loading: boolean; error: string | null }>({ checklist: null, loading: true, error: null });
  useEffect(() => {
    const controller = new AbortController();
    riskApi
      .active(code, controller.signal)
      .then((checklist) => setState({ checklist, loading: false, error: null }))
      .catch((error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setState({ checklist: null, loading: false, error: isApiError(error) && error.status === 404 ? 'none' : isApiError(error) ? error.message : 'failed' });
      });
    return () => controller.abort();
  }, [code]);
  return state;
}

/** The active checklist's form, or a spinner / a notice while it cannot be shown. */
export function ActiveRiskChecklistForm({ code = 'family', ...props }: Omit<RiskChecklistFormProps, 'checklist'> & { code?: string }) {
  const t = useT();
  const { checklist, loading, error } = useActiveChecklist(code);
  if (loading) return <Spin size="small" />;
  if (!checklist) return <Alert type="warning" showIcon title={error === 'none' ? t('riskForm.noChecklist') : t('riskForm.loadFailed')} />;
  return <RiskChecklistForm checklist={checklist} {...props} />;
}
