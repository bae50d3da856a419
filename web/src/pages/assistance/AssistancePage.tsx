// 帮扶资源 (/follow-ups/assistance): the catalogue (心理疏导, 就业帮扶与技能培训, 家庭教育指导,
// 法律援助) and the referrals to it. `?tab=referrals` opens the referrals (the link liaisons are told of).
import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PageContainer } from '../../components/PageContainer';
import { useT } from '../../i18n';
import { ReferralsTab } from './ReferralsTab';
import { ResourcesTab } from './ResourcesTab';

export default function AssistancePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'referrals' ? 'referrals' : 'resources';
  return (
    <PageContainer title={t('menu.followUps.assistance')} description={t('menuDesc.followUps.assistance')}>
      <Card variant="borderless">
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'referrals' ? { tab: 'referrals' } : {}, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'resources', label: t('assistance.tab.resources'), children: <ResourcesTab /> },
            { key: 'referrals', label: t('assistance.tab.referrals'), children: <ReferralsTab /> },
          ]}
          data-testid="assistance-tabs"
        />
      </Card>
    </PageContainer>
  );
}
