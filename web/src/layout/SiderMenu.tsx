// The sidebar menu, built from the route registry and filtered by the user's roles.
import { Menu, Tooltip, type MenuProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useAuth } from '../auth';
import { useT, type TFunction } from '../i18n';
import { routeTrail, visibleRoutes } from '../navigation';
import type { AppRoute } from '../routes';

type MenuItem = NonNullable<MenuProps['items']>[number];

function toMenuItem(route: AppRoute, t: TFunction): MenuItem {
  const label = t(route.labelKey);
  if (route.children) {
    return { key: route.key, icon: route.icon, label, children: route.children.map((child) => toMenuItem(child, t)) };
  }
  if (route.page && route.path) {
    return { key: route.key, icon: route.icon, label: <Link to={route.path}>{label}</Link> };
  }
  // An area that is not built yet: visible, but never a link.
  return {
    key: route.key,
    icon: route.icon,
    disabled: true,
    label: (
      <Tooltip title={t('menu.upcoming')} placement="right">
        <span className="menu-upcoming">
          {label}
          <span className="menu-upcoming-tag">{t('menu.upcomingTag')}</span>
        </span>
      </Tooltip>
    ),
  };
}

export function SiderMenu({ collapsed }: { collapsed: boolean }) {
  const t = useT();
  const { user } = useAuth();
  const { pathname } = useLocation();
  const routes = useMemo(() => visibleRoutes(user), [user]);
  const items = useMemo(() => routes.map((route) => toMenuItem(route, t)), [routes, t]);

  const groupKeys = useMemo(
    () =>
      routeTrail(pathname)
        .filter((route) => route.children)
        .map((route) => route.key),
    [pathname],
  );
  const [openKeys, setOpenKeys] = useState<string[]>(groupKeys);

  // Open the group of the current page when navigating into it.
  useEffect(() => {
    setOpenKeys((keys) => [...new Set([...keys, ...groupKeys])]);
  }, [groupKeys]);

  return (
    <Menu
      className="app-sider-menu"
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={[pathname]}
      {...(collapsed ? {} : { openKeys, onOpenChange: setOpenKeys })}
    />
  );
}
