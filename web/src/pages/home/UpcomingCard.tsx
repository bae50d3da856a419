// Areas that are planned but not yet available to this user.
import { Card, Tag, Typography } from 'antd';
import { useT } from '../../i18n';
import type { AppRoute } from '../../routes';

export function UpcomingCard({ routes }: { routes: AppRoute[] }) {
  const t = useT();
  if (routes.length === 0) return null;
  return (
    <Card title={t('home.upcoming')} variant="borderless" styles={{ body: { paddingTop: 8, paddingBottom: 8 } }}>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {routes.map((route, index) => (
          <li
            key={route.key}
            style={{
              display: 'flex',
              gap: 12,
              alignItems: 'flex-start',
              padding: '12px 0',
              borderTop: index === 0 ? 'none' : '1px solid #f0f2f5',
            }}
          >
            <span style={{ color: '#8c96a5', fontSize: 16, lineHeight: '22px' }}>{route.icon}</span>
            <div style={{ flex: 1, minWidth: 0 }}>
              <Typography.Text strong>{t(route.labelKey)}</Typography.Text>
              {route.descriptionKey ? (
                <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
                  {t(route.descriptionKey)}
                </Typography.Paragraph>
              ) : null}
            </div>
            <Tag style={{ marginInlineEnd: 0, flexShrink: 0 }}>{t('menu.upcomingTag')}</Tag>
          </li>
        ))}
      </ul>
    </Card>
  );
}
