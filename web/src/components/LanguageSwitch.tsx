// 中文 / English switch; `variant="segmented"` for the login page, dropdown for the header.
import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown, Segmented } from 'antd';
import { useLocale, type Locale } from '../i18n';

const LABELS: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

export function LanguageSwitch({ variant = 'dropdown' }: { variant?: 'dropdown' | 'segmented' }) {
  const { locale, setLocale, t } = useLocale();

  if (variant === 'segmented') {
    return (
      <Segmented<Locale>
        size="small"
        value={locale}
        onChange={setLocale}
        options={[
          { label: LABELS['zh-CN'], value: 'zh-CN' },
          { label: LABELS.en, value: 'en' },
        ]}
        aria-label={t('common.language')}
      />
    );
  }

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [locale],
        items: [
          { key: 'zh-CN', label: LABELS['zh-CN'] },
          { key: 'en', label: LABELS.en },
        ],
        onClick: ({ key }) => setLocale(key === 'en' ? 'en' : 'zh-CN'),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} aria-label={t('common.language')} data-testid="language-switch">
        {LABELS[locale]}
      </Button>
    </Dropdown>
  );
}
