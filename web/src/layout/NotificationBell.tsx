// Header bell: unread count, a dropdown list, mark as read, click → the case page.
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Notification } from '../api/notifications';
import { formatCenterTime } from '../components/centerTime';
import { useT } from '../i18n';
import { useNotifications } from './useNotifications';

export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const { items, unreadCount, markRead, markAllRead } = useNotifications();

  const openItem = (item: Notification) => {
    void markRead(item.id);
    setOpen(false);
    if (item.caseId) navigate(`/cases/${item.caseId}`);
  };

  const content = (
    <div className="notice-panel" data-testid="notification-panel">
      <div className="notice-panel-head">
        <Typography.Text strong>{t('notice.title')}</Typography.Text>
        {items.length > 0 ? (
          <Button type="link" size="small" onClick={() => void markAllRead()} data-testid="notification-read-all">
            {t('notice.readAll')}
          </Button>
        ) : null}
      </div>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notice.empty')} />
      ) : (
        <ul className="notice-list">
          {items.map((item) => (
            <li key={item.id} className="notice-item">
              <button type="button" className="notice-item-main" onClick={() => openItem(item)}>
                <span className="notice-item-title">{item.title}</span>
                <span className="notice-item-body">{item.body}</span>
                <span className="notice-item-time">{formatCenterTime(item.createdAt, 'MM-DD HH:mm')}</span>
              </button>
              <Button type="link" size="small" onClick={() => void markRead(item.id)}>
                {t('notice.markRead')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      content={content}
      arrow={false}
      styles={{ container: { padding: 0 } }}
    >
      <Button type="text" aria-label={t('notice.title')} data-testid="notification-bell" className="notice-bell">
        <Badge count={unreadCount} size="small" overflowCount={99} offset={[2, -2]}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
