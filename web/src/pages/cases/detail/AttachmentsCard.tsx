// 材料附件: upload with a kind (not once archived), list with download links.
import { DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Select, Space, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ATTACHMENT_KINDS, type AttachmentKind, type Case } from '../../../api/caseTypes';
import { casesApi } from '../../../api/cases';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { attachmentKindKey } from '../shared/caseLabels';
import { formatBytes, formatTime } from '../shared/format';

interface AttachmentsCardProps {
  current: Case;
  /** After an upload: read the case again (timeline, archive gaps). */
  onChanged: () => void;
}

export function AttachmentsCard({ current, onChanged }: AttachmentsCardProps) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [kind, setKind] = useState<AttachmentKind>('evidence');
  const [uploading, setUploading] = useState(false);
  const archived = current.status === 'archived';

  const upload = async (file: File) => {
    setUploading(true);
    try {
      await casesApi.upload(current.id, file, kind);
      void message.success(t('attachments.uploaded', { name: file.name }));
      onChanged();
    } catch (error) {
      notify(error);
    } finally {
      setUploading(false);
    }
  };

  return (
    <Card
      variant="borderless"
      title={t('caseDetail.attachments')}
      extra={
        archived ? null : (
          <Space.Compact>
            <Select<AttachmentKind>
              value={kind}
              onChange={setKind}
              style={{ width: 130 }}
              options={ATTACHMENT_KINDS.map((value) => ({ value, label: t(attachmentKindKey(value)) }))}
              data-testid="attachment-kind"
            />
            <Upload
              showUploadList={false}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={uploading} data-testid="attachment-upload">
                {t('attachments.upload')}
              </Button>
            </Upload>
          </Space.Compact>
        )
      }
    >
      <List
        size="small"
        dataSource={current.attachments}
        locale={{ emptyText: t('attachments.empty') }}
        renderItem={(item) => (
          <List.Item
            actions={[
              <a key="download" href={casesApi.attachmentUrl(current.id, item.id)} download={item.filename}>
                <DownloadOutlined /> {t('attachments.download')}
              </a>,
            ]}
          >
            <List.Item.Meta
              avatar={<PaperClipOutlined style={{ fontSize: 18, color: '#8c96a5' }} />}
              title={
                <Space size={6} wrap>
                  <Tag>{t(attachmentKindKey(item.kind))}</Tag>
                  <Typography.Text>{item.filename}</Typography.Text>
                </Space>
              }
              description={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatBytes(item.size)} · {item.uploadedByName} · {formatTime(item.uploadedAt)} ·{' '}
                  <span title={item.sha256}>SHA-256 {item.sha256.slice(0, 12)}…</span>
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
