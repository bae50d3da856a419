import { Button, Result, Space } from 'antd';
import { useNavigate } from 'react-router';
import { PageContainer } from '../components/PageContainer';
import { useT } from '../i18n';

export default function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <PageContainer title={t('notFound.title')}>
      <Result
        status="404"
        title="404"
        subTitle={t('notFound.description')}
        extra={
          <Space>
            <Button onClick={() => navigate(-1)}>{t('common.back')}</Button>
            <Button type="primary" onClick={() => navigate('/')}>
              {t('common.backHome')}
            </Button>
          </Space>
        }
        style={{ background: '#fff', borderRadius: 8 }}
      />
    </PageContainer>
  );
}
