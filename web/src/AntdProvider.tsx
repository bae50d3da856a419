// antd configuration that follows the UI locale: component texts and theme tokens.
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useLocale } from './i18n';
import { themeConfig } from './theme';

export function AntdProvider({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={themeConfig}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
