import { Suspense } from 'react';
import { BrowserRouter } from 'react-router';
import { AntdProvider } from './AntdProvider';
import { AppRoutes } from './AppRoutes';
import { AuthProvider } from './auth';
import { FullPageSpin } from './components/FullPageSpin';
import { LocaleProvider } from './i18n';

export function App() {
  return (
    <LocaleProvider>
      <AntdProvider>
        <BrowserRouter>
          <AuthProvider>
            <Suspense fallback={<FullPageSpin />}>
              <AppRoutes />
            </Suspense>
          </AuthProvider>
        </BrowserRouter>
      </AntdProvider>
    </LocaleProvider>
  );
}
