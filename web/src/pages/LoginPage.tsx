import { useEffect } from 'react';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { LogoMark } from '../components/LogoMark';
import { useT } from '../i18n';
import { LoginBackdrop } from './login/LoginBackdrop';
import { LoginForm } from './login/LoginForm';
import { LoginIntro } from './login/LoginIntro';
import './login/login.css';

export default function LoginPage() {
  const t = useT();

  useEffect(() => {
    document.title = `${t('login.title')} · ${t('app.name')}`;
  }, [t]);

  return (
    <div className="login-page">
      <LoginBackdrop />
      <header className="login-topbar">
        <div className="login-brand">
          <LogoMark size={38} />
          <span>Concord</span>
          <span className="login-brand-divider" />
          <span className="login-brand-sub">{t('app.centerName')}</span>
        </div>
        <LanguageSwitch variant="segmented" />
      </header>
      <main className="login-main">
        <LoginIntro />
        <LoginForm />
      </main>
      <footer className="login-footer">
        <div>{t('login.footer')}</div>
        <div>{t('login.browserHint')}</div>
      </footer>
    </div>
  );
}
