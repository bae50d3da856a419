// 指标明细: the cases behind a figure, from GET /api/kpis/cases with the same period,
// filters and group as the figure; its total is the figure itself.
import { Alert, Button, Drawer, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { CaseListItem } from '../../api/caseTypes';
import { type KpiDefinition, kpiDrillApi, type KpiDrillQuery } from '../../api/kpis';
import { useLocale, useT } from '../../i18n';
import { CaseBriefTable } from './CaseBriefTable';
import { ErrorAlert } from './ErrorAlert';
import { formatNumber } from './format';

export interface DrillRequest {
  title: string;
  /** the figure as shown where it was clicked, to read beside the list's total */
  figure?: string;
  definition?: KpiDefinition;
  query: KpiDrillQuery;
}

interface State {
  items: CaseListItem[];
  total: number | null;
  notListed: number;
  nextCursor: string | null;
  loading: boolean;
  error?: unknown;
}

const EMPTY: State = { items: [], total: null, notListed: 0, nextCursor: null, loading: false };

export function DrillDrawer({ request, onClose }: { request: DrillRequest | null; onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const [state, setState] = useState<State>(EMPTY);

  useEffect(() => {
    if (!request) return;
    const controller = new AbortController();
    setState({ ...EMPTY, loading: true });
    kpiDrillApi.cases({ ...request.query, limit: 50 }, controller.signal).then(
      (page) => setState({ items: page.items, total: page.total, notListed: page.notListed, nextCursor: page.nextCursor, loading: false }),
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setState({ ...EMPTY, error });
      },
    );
    return () => controller.abort();
  }, [request]);

  const loadMore = useCallback(() => {
    if (!request || !state.nextCursor) return;
    const cursor = state.nextCursor;
    setState((s) => ({ ...s, loading: true }));
    kpiDrillApi.cases({ ...request.query, limit: 50, cursor }).then(
      (page) => setState((s) => ({ items: [...s.items, ...page.items], total: page.total, notListed: page.notListed, nextCursor: page.nextCursor, loading: false })),
      (error: unknown) => setState((s) => ({ ...s, loading: false, error })),
    );
  }, [request, state.nextCursor]);

  return (
    <Drawer open={request !== null} onClose={onClose} size={960} title={request?.title} destroyOnHidden data-testid="drill-drawer">
      {request ? (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('dashboard.drill.period', { from: request.query.from ?? '', to: request.query.to ?? '' })}</Typography.Text>
          {request.definition ? (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
              {locale === 'en' ? request.definition.en : request.definition.zh}
            </Typography.Paragraph>
          ) : null}
          {state.error ? <ErrorAlert error={state.error} testId="drill-error" /> : null}
          {state.total !== null ? (
            <Typography.Text strong>
              {t('dashboard.drill.total')}
              <span data-testid="drill-total">{formatNumber(state.total)}</span>
              {t('dashboard.drill.unit')}
              {request.figure ? <Typography.Text type="secondary" style={{ marginLeft: 12, fontWeight: 400 }}>{t('dashboard.drill.figure', { figure: request.figure })}</Typography.Text> : null}
            </Typography.Text>
          ) : null}
          {state.notListed > 0 ? <Alert type="info" showIcon title={t('dashboard.drill.notListed', { count: state.notListed })} data-testid="drill-not-listed" /> : null}
          <CaseBriefTable items={state.items} loading={state.loading} testId="drill-table" />
          {state.nextCursor ? (
            <Button onClick={loadMore} loading={state.loading} block>
              {t('common.loadMore')}
            </Button>
          ) : null}
        </Space>
      ) : null}
    </Drawer>
  );
}
