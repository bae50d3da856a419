// 系统管理 → 案件类别: the taxonomy with handling deadlines; add sub-categories, edit, (de)activate.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { categoriesApi, type Category } from '../../../api/settings';
import { PageContainer } from '../../../components/PageContainer';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { invalidateCategories, useCategories } from '../../cases/shared/useCategories';
import { CategoryFormModal, type CategoryModalState } from './CategoryFormModal';

type Row = Category & { children?: Row[] };

export default function CategoriesPage() {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const categories = useCategories();
  const [modal, setModal] = useState<CategoryModalState>(null);

  const rows = useMemo<Row[]>(() => {
    const top = categories.all.filter((category) => !category.parentCode);
    return top.map((category) => {
      const children = categories.all.filter((child) => child.parentCode === category.code);
      return children.length > 0 ? { ...category, children } : { ...category };
    });
  }, [categories.all]);

  const toggle = async (category: Category, active: boolean) => {
    try {
      await categoriesApi.update(category.code, { active });
      void message.success(active ? t('categories.enabled') : t('categories.disabled'));
      invalidateCategories();
    } catch (error) {
      notify(error);
    }
  };

  const columns: TableColumnsType<Row> = [
    {
      title: t('categories.name'),
      key: 'name',
      render: (_, row) => (
        <span>
          {row.name}
          <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
            {row.nameEn}
          </Typography.Text>
        </span>
      ),
    },
    { title: t('categories.code'), dataIndex: 'code', width: 220, render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
    {
      title: t('categories.handlingDays'),
      dataIndex: 'handlingDays',
      width: 150,
      render: (days: number) => t('categories.daysValue', { days }),
    },
    {
      title: t('categories.active'),
      dataIndex: 'active',
      width: 110,
      render: (active: boolean, row) => <Switch size="small" checked={active} onChange={(next) => void toggle(row, next)} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, row) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setModal({ mode: 'edit', category: row })}>
            {t('common.edit')}
          </Button>
          {row.parentCode ? null : (
            <Button type="link" size="small" onClick={() => setModal({ mode: 'create', parent: row })}>
              {t('categories.addChild')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('menu.admin.categories')}
      description={t('menuDesc.admin.categories')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ mode: 'create', parent: null })}>
          {t('categories.add')}
        </Button>
      }
    >
      <Card variant="borderless">
        <Table<Row>
          rowKey="code"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={categories.loading}
          pagination={false}
          scroll={{ x: 860 }}
          // Re-mount once loaded so that every group starts expanded.
          key={categories.loading ? 'loading' : 'ready'}
          expandable={{ defaultExpandAllRows: true }}
        />
      </Card>
      <CategoryFormModal
        state={modal}
        onClose={() => setModal(null)}
        onSaved={() => {
          setModal(null);
          invalidateCategories();
        }}
      />
    </PageContainer>
  );
}
