// 文书: generate the standard documents of people's mediation from the case, every version kept.
import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Card, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Case } from '../../../api/caseTypes';
import { type CaseDocument, type CaseDocuments, type DocumentKind, documentsApi } from '../../../api/documents';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { formatBytes, formatTime } from '../shared/format';

interface DocumentsCardProps {
  current: Case;
  /** After a generation: read the case again (attachments, timeline). */
  onChanged: () => void;
}

export function DocumentsCard({ current, onChanged }: DocumentsCardProps) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [data, setData] = useState<CaseDocuments | null>(null);
  const [busy, setBusy] = useState<DocumentKind | null>(null);
  const [sessionId, setSessionId] = useState<string | undefined>(undefined);

  const load = useCallback(
    (signal?: AbortSignal) =>
      documentsApi
        .list(current.id, signal)
        .then(setData)
        .catch(notify),
    [current.id, notify],
  );
  // the case's version changes with every action: agreements or sessions may have appeared
  useEffect(() => {
    const ctrl = new AbortController();
    void load(ctrl.signal);
    return () => ctrl.abort();
  }, [load, current.version]);

  const generate = async (kind: DocumentKind) => {
    setBusy(kind);
    try {
      const doc = await documentsApi.generate(current.id, kind, kind === 'minutes' ? sessionId : undefined);
      void message.success(t('documents.generated', { kind: t(`documents.kind.${kind}`), version: doc.version }));
      await load();
      onChanged();
    } catch (error) {
      notify(error);
    } finally {
      setBusy(null);
    }
  };

  const sessions = data?.sessions ?? [];
  return (
    <Card
      variant="borderless"
      title={t('documents.title')}
      extra={
        <Tooltip title={t('documents.pdfHint')}>
          <FileWordOutlined style={{ color: '#2b579a' }} />
        </Tooltip>
      }
      data-testid="documents-card"
    >
      <Space wrap size={[8, 8]} style={{ marginBottom: 12 }}>
        {(data?.kinds ?? []).map((k) => {
          const button = (
            <Button
              key={k.kind}
              size="small"
              icon={<FileWordOutlined />}
              disabled={k.blockedBy !== null}
              loading={busy === k.kind}
              onClick={() => void generate(k.kind)}
              data-testid={`document-generate-${k.kind}`}
            >
              {t(`documents.kind.${k.kind}`)}
            </Button>
          );
          return k.blockedBy ? (
            <Tooltip key={k.kind} title={t(`documents.blocked.${k.blockedBy}`)}>
              <span>{button}</span>
            </Tooltip>
          ) : (
            button
          );
        })}
        {sessions.length > 1 && (
          <Select
            size="small"
            allowClear
            placeholder={t('documents.sessionLatest')}
            value={sessionId}
            onChange={setSessionId}
            style={{ minWidth: 190 }}
            aria-label={t('documents.session')}
            options={sessions.map((s) => ({ value: s.id, label: formatTime(s.startsAt) }))}
          />
        )}
      </Space>
      <Table<CaseDocument>
        size="small"
        rowKey="id"
        showHeader={false}
        pagination={false}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('documents.empty') }}
        columns={[
          {
            key: 'kind',
            title: t('documents.title'),
            render: (_, d) => (
              <Space size={6} wrap>
                <Typography.Text>{t(`documents.kind.${d.kind}`)}</Typography.Text>
                <Tag>{t('documents.version', { version: d.version })}</Tag>
              </Space>
            ),
          },
          {
            key: 'by',
            render: (_, d) => (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('documents.byAt', { name: d.generatedByName ?? '—', time: formatTime(d.generatedAt) })}
                {d.templateVersion !== null ? ` · ${t('documents.templateVersion', { version: d.templateVersion })}` : ''} · {formatBytes(d.size)}
              </Typography.Text>
            ),
          },
          {
            key: 'download',
            width: 80,
            render: (_, d) => (
              <Button type="link" size="small" icon={<DownloadOutlined />} onClick={() => void documentsApi.download(current.id, d).catch(notify)}>
                {t('documents.download')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
