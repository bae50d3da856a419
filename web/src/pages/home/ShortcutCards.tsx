// Cards linking to the pages this user can open (built areas only).
import { RightOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n';
import type { AppRoute } from '../../routes';
import { BRAND } from '../../theme';

export function ShortcutCards({ routes }: { routes: AppRoute[] }) {
  const t = useT();
  return (
    <Card title={t('home.shortcuts')} variant="borderless">
      {routes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noShortcuts')} />
      ) : (
        <Row gutter={[16, 16]}>
          {routes.map((route) => (
            <Col key={route.key} xs={24} sm={12} xl={8}>
              <Link to={route.path ?? '/'} style={{ display: 'block' }}>
                <Card hoverable size="small" styles={{ body: { display: 'flex', gap: 14, alignItems: 'center', padding: 16 } }}>
                  <div
                    style={{
                      width: 44,
                      height: 44,
                      borderRadius: 10,
                      display: 'flex',
                      alignItems: 'center',
                      justifyContent: 'center',
                      fontSize: 22,
                      color: '#fff',
                      flexShrink: 0,
                      background: `linear-gradient(135deg, #3a78cf, ${BRAND.primary})`,
                    }}
                  >
                    {route.icon}
                  </div>
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Typography.Text strong style={{ fontSize: 15 }}>
                      {t(route.labelKey)}
                    </Typography.Text>
                    {route.descriptionKey ? (
                      <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0', fontSize: 12 }} ellipsis={{ rows: 2 }}>
                        {t(route.descriptionKey)}
                      </Typography.Paragraph>
                    ) : null}
                  </div>
                  <RightOutlined style={{ color: '#b0b8c4' }} />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
