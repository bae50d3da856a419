// antd theme tokens: a restrained government palette (deep blue, white cards).
import type { ThemeConfig } from 'antd';

export const BRAND = {
  primary: '#1f4e8c',
  primaryDark: '#163a6b',
  siderBg: '#0d2748',
  siderSubBg: '#0a1f3a',
  gold: '#e3b65b',
  pageBg: '#f0f3f8',
} as const;

export const FONT_FAMILY =
  "'PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei','Noto Sans CJK SC','Helvetica Neue',Arial,sans-serif";

export const themeConfig: ThemeConfig = {
  cssVar: { key: 'concord' },
  token: {
    colorPrimary: BRAND.primary,
    colorInfo: BRAND.primary,
    colorLink: BRAND.primary,
    colorSuccess: '#2f8f46',
    colorWarning: '#d48806',
    colorError: '#c9302c',
    colorBgLayout: BRAND.pageBg,
    colorTextBase: '#1f2937',
    borderRadius: 6,
    fontFamily: FONT_FAMILY,
    fontSize: 14,
    boxShadowTertiary: '0 1px 2px rgba(16,38,72,0.06), 0 1px 6px -1px rgba(16,38,72,0.05)',
  },
  components: {
    Layout: {
      siderBg: BRAND.siderBg,
      triggerBg: BRAND.siderSubBg,
      headerBg: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 20px',
      bodyBg: BRAND.pageBg,
    },
    Menu: {
      darkItemBg: BRAND.siderBg,
      darkSubMenuItemBg: BRAND.siderSubBg,
      darkPopupBg: BRAND.siderBg,
      darkItemSelectedBg: BRAND.primary,
      darkItemColor: 'rgba(255,255,255,0.72)',
      darkItemHoverColor: '#ffffff',
      darkItemDisabledColor: 'rgba(255,255,255,0.32)',
      itemHeight: 42,
      iconSize: 16,
    },
    Card: {
      headerFontSize: 15,
    },
    Table: {
      headerBg: '#f5f7fa',
      headerColor: '#3a4656',
    },
    Breadcrumb: {
      lastItemColor: '#1f2937',
    },
  },
};
