import { HomeOutlined } from '@ant-design/icons';
import { Breadcrumb } from 'antd';
import { Link, useLocation } from 'react-router';
import { useT } from '../i18n';
import { routeTrail } from '../navigation';

export function AppBreadcrumb() {
  const t = useT();
  const { pathname } = useLocation();
  const trail = routeTrail(pathname);

  const home = {
    key: 'home',
    title:
      pathname === '/' ? (
        <span>
          <HomeOutlined /> {t('menu.home')}
        </span>
      ) : (
        <Link to="/">
          <HomeOutlined /> {t('menu.home')}
        </Link>
      ),
  };
  const rest =
    pathname === '/'
      ? []
      : trail.length > 0
        ? trail.map((route) => ({ key: route.key, title: t(route.labelKey) }))
        : [{ key: 'unknown', title: pathname === '/403' ? t('forbidden.title') : t('notFound.title') }];

  return <Breadcrumb items={[home, ...rest]} />;
}
