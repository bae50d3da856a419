// 系统管理 → 部门与驻点: one tab per center, its departments and stations.
import { Card, Empty, Skeleton, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { orgApi } from '../../../api/org';
import type { OrgUnit } from '../../../api/types';
import { PageContainer } from '../../../components/PageContainer';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { CenterRoster } from './CenterRoster';

export default function DepartmentsPage() {
  const t = useT();
  const notify = useErrorNotice();
  const [centers, setCenters] = useState<OrgUnit[] | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    orgApi
      .byKind('center', undefined, controller.signal)
      .then((page) => setCenters(page.items))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) {
          setCenters([]);
          notify(error);
        }
      });
    return () => controller.abort();
  }, [notify]);

  return (
    <PageContainer title={t('menu.admin.departments')} description={t('menuDesc.admin.departments')}>
      <Card variant="borderless">
        {centers === null ? (
          <Skeleton active />
        ) : centers.length === 0 ? (
          <Empty description={t('departments.noCenters')} />
        ) : (
          <Tabs
            items={centers.map((center) => ({
              key: center.id,
              label: center.name,
              children: <CenterRoster centerId={center.id} />,
            }))}
          />
        )}
      </Card>
    </PageContainer>
  );
}
