import {
  AppstoreOutlined,
  BankOutlined,
  ClusterOutlined,
  EnvironmentOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { OrgKind } from '../api/types';

const ICONS: Record<OrgKind, ReactNode> = {
  district: <BankOutlined />,
  street: <EnvironmentOutlined />,
  town: <EnvironmentOutlined />,
  community: <HomeOutlined />,
  grid: <AppstoreOutlined />,
  center: <SafetyCertificateOutlined />,
  station: <TeamOutlined />,
  enterprise_station: <ShopOutlined />,
  department: <ClusterOutlined />,
};

export function OrgKindIcon({ kind }: { kind: OrgKind }) {
  return <>{ICONS[kind] ?? <ClusterOutlined />}</>;
}
