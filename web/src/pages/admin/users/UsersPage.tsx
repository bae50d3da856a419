// 系统管理 → 用户管理: search, cursor-paged table, create / edit / disable.
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Popconfirm, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ROLES, type Role, type User } from '../../../api/types';
import { usersApi } from '../../../api/users';
import { roleLabelKey } from '../../../auth';
import { PageContainer } from '../../../components/PageContainer';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { isConflict } from '../shared/conflict';
import { RoleTags } from './RoleTags';
import { UserFormModal } from './UserFormModal';
import { UserStatus } from './UserStatus';
import { useUserList, type UserFilters } from './useUserList';

interface ModalState {
  open: boolean;
  /** `null` to create a user; kept while closing so the title does not flicker. */
  user: User | null;
}

export default function UsersPage() {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [filters, setFilters] = useState<UserFilters>({ q: '' });
  const [modal, setModal] = useState<ModalState>({ open: false, user: null });
  const list = useUserList(filters);

  const toggleActive = async (user: User) => {
    try {
      const saved = await usersApi.update(user.id, { version: user.version, active: !user.active });
      list.replace(saved);
      void message.success(saved.active ? t('users.enabled') : t('users.disabled'));
    } catch (error) {
      if (isConflict(error)) {
        void message.warning(t('common.conflictReloaded'));
        list.reload();
      } else {
        notify(error);
      }
    }
  };

  const columns: TableColumnsType<User> = [
    { title: t('users.username'), dataIndex: 'username', width: 140, fixed: 'left' },
    { title: t('users.displayName'), dataIndex: 'displayName', width: 120 },
    {
      title: t('users.phone'),
      dataIndex: 'phone',
      width: 140,
      render: (phone: string | null) => phone || <Typography.Text type="secondary">—</Typography.Text>,
    },
    { title: t('users.roles'), key: 'roles', render: (_, user) => <RoleTags roles={user.roles} /> },
    { title: t('users.status'), key: 'status', width: 190, render: (_, user) => <UserStatus user={user} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      fixed: 'right',
      render: (_, user) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setModal({ open: true, user })}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={user.active ? t('users.disableConfirm', { name: user.displayName }) : t('users.enableConfirm', { name: user.displayName })}
            onConfirm={() => toggleActive(user)}
          >
            <Button type="link" size="small" danger={user.active}>
              {user.active ? t('users.disable') : t('users.enable')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('menu.admin.users')}
      description={t('menuDesc.admin.users')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ open: true, user: null })}>
          {t('users.create')}
        </Button>
      }
    >
      <Card variant="borderless">
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('users.searchPlaceholder')}
            style={{ width: 280 }}
            onSearch={(q) => setFilters((prev) => ({ ...prev, q }))}
            enterButton
          />
          <Select<Role>
            allowClear
            placeholder={t('users.roleFilter')}
            style={{ width: 180 }}
            value={filters.role}
            onChange={(role) => setFilters((prev) => ({ ...prev, role }))}
            options={ROLES.map((role) => ({ value: role, label: t(roleLabelKey(role)) }))}
          />
          <Button icon={<ReloadOutlined />} onClick={list.reload}>
            {t('common.refresh')}
          </Button>
        </Space>
        <Table<User>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.items}
          loading={list.loading}
          pagination={false}
          scroll={{ x: 960 }}
          locale={{ emptyText: t('users.empty') }}
        />
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginTop: 16 }}>
          <Typography.Text type="secondary">{t('users.loadedCount', { count: list.items.length })}</Typography.Text>
          {list.hasMore ? (
            <Button onClick={list.loadMore} loading={list.loading}>
              {t('common.loadMore')}
            </Button>
          ) : list.items.length > 0 ? (
            <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
          ) : null}
        </div>
      </Card>
      <UserFormModal
        open={modal.open}
        user={modal.user}
        onClose={() => setModal((prev) => ({ ...prev, open: false }))}
        onSaved={(user, created) => {
          if (created) list.prepend(user);
          else list.replace(user);
          setModal((prev) => ({ ...prev, open: false }));
        }}
        onConflict={() => {
          setModal((prev) => ({ ...prev, open: false }));
          list.reload();
        }}
      />
    </PageContainer>
  );
}
