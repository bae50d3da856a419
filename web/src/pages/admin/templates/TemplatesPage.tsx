// 系统管理 → 文书模板: per kind the versions of its Word template, download, upload a new
// version (the server's check is shown when it fails), put an older one back, and the
// placeholders the kind offers.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Table, Tabs, Tag, Typography, Upload, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { isApiError } from '../../../api/client';
import { type DocumentKind, documentsApi, type TemplateField, type TemplateKind, type TemplateVersion } from '../../../api/documents';
import { PageContainer } from '../../../components/PageContainer';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { formatTime } from '../../cases/shared/format';

interface UploadProblem {
  message: string;
  lines: string[];
}

function FieldsTable({ kind }: { kind: DocumentKind }) {
  const t = useT();
  const notify = useErrorNotice();
  const [fields, setFields] = useState<TemplateField[]>([]);
  useEffect(() => {
    documentsApi
      .fields(kind)
      .then((r) => setFields(r.fields))
      .catch(notify);
  }, [kind, notify]);
  const columns: TableColumnsType<TemplateField> = [
    { title: t('templates.field'), key: 'name', width: 260, render: (_, f) => <Typography.Text code copyable={{ text: f.loop ? `{#${f.name}}{/${f.name}}` : `{${f.name}}` }}>{f.loop ? `{#${f.name}}…{/${f.name}}` : `{${f.name}}`}</Typography.Text> },
    {
      title: t('templates.meaning'),
      key: 'zh',
      render: (_, f) =>
        f.loop ? (
          <Space orientation="vertical" size={2}>
            <Typography.Text>{f.zh}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {f.loop.map((c) => `{${c.name}} ${c.zh}`).join('；')}
            </Typography.Text>
          </Space>
        ) : (
          f.zh
        ),
    },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('templates.loopHint', { open: '{#terms}', close: '{/terms}' })}
      </Typography.Paragraph>
      <Table<TemplateField> size="small" rowKey="name" pagination={false} dataSource={fields} columns={columns} />
    </>
  );
}

function KindPanel({ item, onChanged }: { item: TemplateKind; onChanged: () => Promise<void> }) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<UploadProblem | null>(null);

  const upload = async (file: File) => {
    setUploading(true);
    setProblem(null);
    try {
      const r = await documentsApi.uploadTemplate(item.kind, file);
      void message.success(t('templates.uploaded', { version: r.version }));
      await onChanged();
    } catch (error) {
      if (isApiError(error) && error.code === 'template_invalid') {
        const details = Array.isArray(error.details.details) ? error.details.details.filter((d): d is string => typeof d === 'string') : [];
        const reason = error.details.reason;
        // the server's field message already joins the details; shown as a list, a heading is enough
        const message = reason === 'unknown_placeholders' ? t('templates.problem.unknown') : reason === 'syntax' ? t('templates.problem.syntax') : (error.fields.file ?? error.message);
        setProblem({ message, lines: reason === 'unknown_placeholders' ? details.map((d) => `{${d}}`) : details });
      } else notify(error);
    } finally {
      setUploading(false);
    }
  };

  const activate = async (v: TemplateVersion) => {
    try {
      await documentsApi.activate(v.id);
      void message.success(t('templates.activated', { version: v.version }));
      await onChanged();
    } catch (error) {
      notify(error);
    }
  };

  const columns: TableColumnsType<TemplateVersion> = [
    {
      title: t('templates.versions'),
      key: 'version',
      width: 200,
      render: (_, v) => (
        <Space size={4} wrap>
          <Typography.Text strong>{t('templates.version', { version: v.version })}</Typography.Text>
          {v.active && <Tag color="green">{t('templates.active')}</Tag>}
          {v.shipped && <Tag>{t('templates.shipped')}</Tag>}
        </Space>
      ),
    },
    { title: t('templates.filename'), dataIndex: 'name', key: 'name', ellipsis: true },
    { title: t('templates.uploadedBy'), key: 'by', width: 120, render: (_, v) => v.uploadedByName ?? t('templates.system') },
    { title: t('templates.uploadedAt'), key: 'at', width: 150, render: (_, v) => formatTime(v.uploadedAt) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, v) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<DownloadOutlined />} onClick={() => void documentsApi.downloadTemplate(v).catch(notify)}>
            {t('templates.download')}
          </Button>
          {!v.active && (
            <Button type="link" size="small" onClick={() => void activate(v)} data-testid={`template-activate-${v.version}`}>
              {t('templates.activate')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        size="small"
        title={item.label}
        extra={
          <Upload
            accept=".docx"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button type="primary" size="small" icon={<UploadOutlined />} loading={uploading} data-testid={`template-upload-${item.kind}`}>
              {t('templates.upload')}
            </Button>
          </Upload>
        }
      >
        {problem && (
          <Alert
            type="error"
            showIcon
            closable
            onClose={() => setProblem(null)}
            style={{ marginBottom: 12 }}
            title={t('templates.uploadFailed')}
            description={
              <>
                <div>{problem.message}</div>
                {problem.lines.length > 0 && (
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                    {problem.lines.map((l) => (
                      <li key={l}>{l}</li>
                    ))}
                  </ul>
                )}
              </>
            }
            data-testid="template-problem"
          />
        )}
        <Table<TemplateVersion> size="small" rowKey="id" pagination={false} dataSource={item.versions} columns={columns} />
      </Card>
      <Card size="small" title={t('templates.fields')}>
        <FieldsTable kind={item.kind} />
      </Card>
    </Space>
  );
}

export default function TemplatesPage() {
  const t = useT();
  const notify = useErrorNotice();
  const [items, setItems] = useState<TemplateKind[]>([]);
  const [active, setActive] = useState<DocumentKind>('application');

  const load = useCallback(async () => {
    try {
      setItems((await documentsApi.templates()).items);
    } catch (error) {
      notify(error);
    }
  }, [notify]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <PageContainer title={t('templates.title')}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Alert type="info" showIcon title={t('templates.intro')} />
        <Tabs
          activeKey={active}
          onChange={(k) => setActive(k as DocumentKind)}
          items={items.map((item) => ({ key: item.kind, label: item.label, children: <KindPanel item={item} onChanged={load} /> }))}
        />
      </Space>
    </PageContainer>
  );
}
