// The public portal's frame (no login): a light header, a narrow phone-first column,
// a footer with the language switch and 工作人员登录.
import { Suspense, useEffect } from 'react';
import { Link, Outlet } from 'react-router';
import { FullPageSpin } from '../../components/FullPageSpin';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { LogoMark } from '../../components/LogoMark';
import { useT } from '../../i18n';
import './portal.css';

export default function PortalLayout() {
  const t = useT();
  useEffect(() => {
    document.title = t('portal.title');
  }, [t]);

  return (
    <div className="portal">
      <header className="portal-header">
        <Link to="/portal" className="portal-brand">
          <LogoMark size={30} />
          <span>{t('portal.brand')}</span>
        </Link>
        <Link to="/login" className="portal-staff-link" data-testid="portal-staff-login">
          {t('portal.staffLogin')}
        </Link>
      </header>
      <main className="portal-main">
        <Suspense fallback={<FullPageSpin />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="portal-footer">
        <div>{t('portal.footer')}</div>
        <div className="portal-footer-row">
          <LanguageSwitch variant="segmented" />
          <Link to="/login">{t('portal.staffLogin')}</Link>
        </div>
      </footer>
    </div>
  );
}
