// 系统管理 → 组织机构: the district tree on the left, the selected unit on the right.
import { Card, Col, Empty, Row } from 'antd';
import { useCallback, useState } from 'react';
import { PageContainer } from '../../../components/PageContainer';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { OrgTreePanel } from './OrgTreePanel';
import { UnitDetails } from './UnitDetails';
import { useOrgTree } from './useOrgTree';

export default function OrgUnitsPage() {
  const t = useT();
  const notify = useErrorNotice();
  const tree = useOrgTree();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  const { upsert, loadChildren } = tree;

  const childCreated = useCallback(
    (parentId: string) => {
      loadChildren(parentId)
        .then(() => setExpandedKeys((keys) => (keys.includes(parentId) ? keys : [...keys, parentId])))
        .catch(notify);
    },
    [loadChildren, notify],
  );

  return (
    <PageContainer title={t('menu.admin.orgUnits')} description={t('menuDesc.admin.orgUnits')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9} xxl={7}>
          <Card variant="borderless" title={t('org.treeTitle')} styles={{ body: { paddingTop: 12 } }}>
            <OrgTreePanel
              tree={tree}
              selectedId={selectedId}
              onSelect={setSelectedId}
              expandedKeys={expandedKeys}
              onExpandedChange={setExpandedKeys}
            />
          </Card>
        </Col>
        <Col xs={24} lg={15} xxl={17}>
          {selectedId ? (
            <UnitDetails unitId={selectedId} onLoaded={upsert} onChildCreated={childCreated} />
          ) : (
            <Card variant="borderless">
              <Empty description={t('org.selectHint')} style={{ padding: '48px 0' }} />
            </Card>
          )}
        </Col>
      </Row>
    </PageContainer>
  );
}
