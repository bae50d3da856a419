// Greeting with the user's name, roles and the org units their roles cover.
import { Card, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Me } from '../../api/types';
import { roleLabelKey, scopeUnits } from '../../auth';
import { kindLabel } from '../../components/labels';
import { OrgKindIcon } from '../../components/OrgKindIcon';
import { useLocale, type MessageKey } from '../../i18n';
import { BRAND } from '../../theme';

function greetingKey(hour: number): MessageKey {
  if (hour < 5) return 'home.greeting.night';
  if (hour < 9) return 'home.greeting.morning';
  if (hour < 12) return 'home.greeting.forenoon';
  if (hour < 14) return 'home.greeting.noon';
  if (hour < 18) return 'home.greeting.afternoon';
  return 'home.greeting.evening';
}

export function WelcomeCard({ user }: { user: Me }) {
  const { t, locale } = useLocale();
  const now = dayjs().locale(locale === 'en' ? 'en' : 'zh-cn');
  const units = scopeUnits(user);

  return (
    <Card
      variant="borderless"
      styles={{ body: { padding: 24 } }}
      style={{
        background: `linear-gradient(120deg, #ffffff 55%, rgba(31,78,140,0.07) 100%)`,
        borderLeft: `4px solid ${BRAND.primary}`,
      }}
    >
      <Typography.Title level={3} style={{ margin: 0, fontWeight: 600 }}>
        {t(greetingKey(now.hour()), { name: user.displayName })}
      </Typography.Title>
      <Typography.Text type="secondary">
        {now.format(locale === 'en' ? 'dddd, MMMM D, YYYY' : 'YYYY年M月D日 dddd')} · {t('home.welcome')}
      </Typography.Text>

      <div style={{ marginTop: 20 }}>
        <Typography.Text strong>{t('home.myRoles')}</Typography.Text>
        <div style={{ marginTop: 8 }}>
          <Space size={[8, 8]} wrap>
            {user.roles.map((assignment) => (
              <Tag key={`${assignment.role}:${assignment.unitId}`} color="blue" style={{ marginInlineEnd: 0 }}>
                {t(roleLabelKey(assignment.role))} · {assignment.unitName}
              </Tag>
            ))}
            {user.roles.length === 0 ? <Typography.Text type="secondary">{t('common.none')}</Typography.Text> : null}
          </Space>
        </div>
      </div>

      <div style={{ marginTop: 16 }}>
        <Typography.Text strong>{t('home.scope')}</Typography.Text>
        <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
          {t('home.scopeHint')}
        </Typography.Text>
        <div style={{ marginTop: 8 }}>
          <Space size={[16, 8]} wrap>
            {units.map((unit) => (
              <span key={unit.unitId}>
                <OrgKindIcon kind={unit.unitKind} /> {unit.unitName}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                  {kindLabel(t, unit.unitKind)}
                </Typography.Text>
              </span>
            ))}
            {units.length === 0 ? <Typography.Text type="secondary">{t('common.none')}</Typography.Text> : null}
          </Space>
        </div>
      </div>
    </Card>
  );
}
