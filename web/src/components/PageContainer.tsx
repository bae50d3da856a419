// Standard page frame: a title row (stable test hook `page-title`) and the content.
import { Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useT } from '../i18n';

interface PageContainerProps {
  title: string;
  description?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}

export function PageContainer({ title, description, extra, children }: PageContainerProps) {
  const t = useT();
  const appName = t('app.shortName');

  useEffect(() => {
    document.title = `${title} · ${appName}`;
  }, [title, appName]);

  return (
    <div>
      <div className="page-header">
        <div data-testid="page-title">
          <Typography.Title level={1} className="page-title">
            {title}
          </Typography.Title>
          {description ? <div className="page-description">{description}</div> : null}
        </div>
        {extra ? <div>{extra}</div> : null}
      </div>
      {children}
    </div>
  );
}
