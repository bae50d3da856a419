import { Link } from 'react-router';
import { LogoMark } from '../components/LogoMark';
import { useT } from '../i18n';

export function Logo({ collapsed }: { collapsed: boolean }) {
  const t = useT();
  return (
    <Link to="/" className={collapsed ? 'app-logo is-collapsed' : 'app-logo'} aria-label={t('app.name')}>
      <LogoMark size={collapsed ? 34 : 36} />
      {collapsed ? null : (
        <span className="app-logo-text">
          <span className="app-logo-title">Concord</span>
          <span className="app-logo-subtitle">{t('app.siderSubtitle')}</span>
        </span>
      )}
    </Link>
  );
}
