// 批注: notes on the case; the only change an archived case still accepts.
import { App, Button, Card, Form, Input, List, Typography } from 'antd';
import { useState } from 'react';
import type { Case } from '../../../api/caseTypes';
import { casesApi } from '../../../api/cases';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { formatTime } from '../shared/format';

export function AnnotationsCard({ current, onChanged }: { current: Case; onChanged: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<{ text: string }>();
  const [saving, setSaving] = useState(false);

  const submit = async ({ text }: { text: string }) => {
    setSaving(true);
    try {
      await casesApi.annotate(current.id, text.trim());
      form.resetFields();
      void message.success(t('annotations.added'));
      onChanged();
    } catch (error) {
      notify(error);
    } finally {
      setSaving(false);
    }
  };

  const ordered = [...current.annotations].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Card variant="borderless" title={t('caseDetail.annotations')}>
      <Form form={form} onFinish={submit} layout="vertical">
        <Form.Item name="text" rules={[{ required: true, whitespace: true, message: t('annotations.required') }, { max: 2000 }]} style={{ marginBottom: 8 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder={t('annotations.placeholder')} data-testid="annotation-text" />
        </Form.Item>
        <Form.Item style={{ marginBottom: 8, textAlign: 'right' }}>
          <Button htmlType="submit" loading={saving} data-testid="annotation-submit">
            {t('annotations.add')}
          </Button>
        </Form.Item>
      </Form>
      <List
        size="small"
        dataSource={ordered}
        locale={{ emptyText: t('annotations.empty') }}
        renderItem={(item) => (
          <List.Item>
            <div style={{ width: '100%' }}>
              <Typography.Paragraph style={{ marginBottom: 2, whiteSpace: 'pre-wrap' }}>{item.text}</Typography.Paragraph>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.authorName} · {formatTime(item.at)}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
