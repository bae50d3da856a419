import { Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { User } from '../../../api/types';
import { useT } from '../../../i18n';

/** 正常 / 已停用 / 锁定至 … */
export function UserStatus({ user }: { user: User }) {
  const t = useT();
  if (!user.active) return <Tag>{t('users.status.disabled')}</Tag>;
  if (user.lockedUntil && dayjs(user.lockedUntil).isAfter(dayjs())) {
    const until = dayjs(user.lockedUntil).format('YYYY-MM-DD HH:mm');
    return (
      <Tooltip title={t('users.status.lockedHint')}>
        <Tag color="red">{t('users.status.lockedUntil', { time: until })}</Tag>
      </Tooltip>
    );
  }
  return <Tag color="green">{t('users.status.active')}</Tag>;
}
