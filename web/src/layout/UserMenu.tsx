// Header user menu: name, roles (in the UI language) and 退出登录.
import { DownOutlined, LogoutOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Typography } from 'antd';
import { useAuth, distinctRoles, roleLabelKey } from '../auth';
import { BRAND } from '../theme';
import { useT } from '../i18n';

export function UserMenu({ compact }: { compact: boolean }) {
  const t = useT();
  const { user, logout } = useAuth();
  if (!user) return null;

  const roles = distinctRoles(user)
    .map((role) => t(roleLabelKey(role)))
    .join(t('common.listSeparator'));
  const initial = user.displayName.trim().slice(0, 1) || user.username.slice(0, 1).toUpperCase();

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        items: [
          {
            key: 'profile',
            disabled: true,
            style: { cursor: 'default' },
            label: (
              <div style={{ minWidth: 180, maxWidth: 260, padding: '2px 0' }}>
                <Typography.Text strong style={{ display: 'block' }}>
                  {user.displayName}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                  {t('user.account')}：{user.username}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', whiteSpace: 'normal' }}>
                  {t('user.roles')}：{roles || t('common.none')}
                </Typography.Text>
              </div>
            ),
          },
          { type: 'divider' },
          {
            key: 'logout',
            danger: true,
            icon: <LogoutOutlined />,
            label: <span data-testid="logout">{t('auth.logout')}</span>,
            onClick: () => void logout(),
          },
        ],
      }}
    >
      <div className="app-user-trigger" role="button" tabIndex={0} data-testid="user-menu" aria-label={user.displayName}>
        <Avatar size={30} style={{ background: BRAND.primary, flexShrink: 0 }}>
          {initial}
        </Avatar>
        {compact ? null : <span className="app-user-name">{user.displayName}</span>}
        <DownOutlined style={{ fontSize: 10, color: '#8c96a5' }} />
      </div>
    </Dropdown>
  );
}
