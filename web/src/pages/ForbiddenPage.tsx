import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { PageContainer } from '../components/PageContainer';
import { useT } from '../i18n';

export default function ForbiddenPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <PageContainer title={t('forbidden.title')}>
      <Result
        status="403"
        title="403"
        subTitle={t('forbidden.description')}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('common.backHome')}
          </Button>
        }
        style={{ background: '#fff', borderRadius: 8 }}
      />
    </PageContainer>
  );
}
