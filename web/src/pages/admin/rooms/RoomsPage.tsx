// 系统管理 → 调解室: the mediation rooms of one center or station; add, edit, take out of use.
import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Select, Skeleton, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { sessionsApi, type Room } from '../../../api/sessions';
import { OrgKindIcon } from '../../../components/OrgKindIcon';
import { PageContainer } from '../../../components/PageContainer';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { RoomFormModal, type RoomModalState } from './RoomFormModal';
import { useRoomUnits } from './useRoomUnits';

export default function RoomsPage() {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const groups = useRoomUnits();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [rooms, setRooms] = useState<Room[]>([]);
  const [loading, setLoading] = useState(false);
  const [modal, setModal] = useState<RoomModalState>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const units = useMemo(() => (groups ?? []).flatMap((group) => group.units), [groups]);
  const unit = units.find((candidate) => candidate.id === unitId) ?? null;

  // Start on the first center.
  useEffect(() => {
    if (unitId === null && groups?.[0]) setUnitId(groups[0].center.id);
  }, [groups, unitId]);

  const reload = useCallback(
    async (signal?: AbortSignal) => {
      if (!unitId) return;
      setLoading(true);
      try {
        setRooms((await sessionsApi.rooms(unitId, signal)).items);
      } catch (error) {
        notify(error);
      } finally {
        if (!signal?.aborted) setLoading(false);
      }
    },
    [unitId, notify],
  );

  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, [reload]);

  const replace = (room: Room) =>
    setRooms((list) => (list.some((item) => item.id === room.id) ? list.map((item) => (item.id === room.id ? room : item)) : [...list, room]));

  const setActive = async (room: Room, active: boolean) => {
    setBusyId(room.id);
    try {
      replace(await sessionsApi.updateRoom(room.id, { active }));
      void message.success(t(active ? 'rooms.reactivated' : 'rooms.deactivated', { name: room.name }));
    } catch (error) {
      notify(error);
    } finally {
      setBusyId(null);
    }
  };

  const columns: TableColumnsType<Room> = [
    { title: t('rooms.name'), dataIndex: 'name' },
    { title: t('rooms.capacity'), dataIndex: 'capacity', width: 110, render: (capacity: number) => t('rooms.capacityValue', { count: capacity }) },
    {
      title: t('rooms.equipment'),
      dataIndex: 'equipment',
      render: (equipment: string | null) => equipment ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('rooms.status'),
      dataIndex: 'active',
      width: 90,
      render: (active: boolean) => (active ? <Tag color="green">{t('rooms.active')}</Tag> : <Tag>{t('rooms.inactive')}</Tag>),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_, room) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setModal({ mode: 'edit', room })}>
            {t('common.edit')}
          </Button>
          {room.active ? (
            <Popconfirm
              title={t('rooms.deactivateConfirm', { name: room.name })}
              okText={t('rooms.deactivate')}
              okButtonProps={{ danger: true }}
              onConfirm={() => setActive(room, false)}
            >
              <Button type="link" size="small" danger loading={busyId === room.id}>
                {t('rooms.deactivate')}
              </Button>
            </Popconfirm>
          ) : (
            <Button type="link" size="small" loading={busyId === room.id} onClick={() => void setActive(room, true)}>
              {t('rooms.reactivate')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer title={t('menu.admin.rooms')} description={t('menuDesc.admin.rooms')}>
      <Card variant="borderless">
        {groups === null ? (
          <Skeleton active />
        ) : groups.length === 0 ? (
          <Empty description={t('rooms.noUnits')} />
        ) : (
          <>
            <Space style={{ marginBottom: 12, display: 'flex', justifyContent: 'space-between' }} wrap>
              <Space wrap>
                <Typography.Text>{t('rooms.unit')}</Typography.Text>
                <Select
                  value={unitId ?? undefined}
                  onChange={setUnitId}
                  showSearch={{ optionFilterProp: 'search' }}
                  placeholder={t('rooms.unitPlaceholder')}
                  style={{ width: 320 }}
                  options={groups.map((group) => ({
                    label: group.center.name,
                    title: group.center.name,
                    options: group.units.map((item) => ({
                      value: item.id,
                      search: item.name,
                      label: (
                        <span>
                          <OrgKindIcon kind={item.kind} /> {item.name}
                        </span>
                      ),
                    })),
                  }))}
                  data-testid="rooms-unit"
                />
              </Space>
              <Space>
                <Button icon={<ReloadOutlined />} onClick={() => void reload()} loading={loading}>
                  {t('common.refresh')}
                </Button>
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  disabled={!unit}
                  onClick={() => unit && setModal({ mode: 'create', unitId: unit.id, unitName: unit.name })}
                  data-testid="rooms-add"
                >
                  {t('rooms.add')}
                </Button>
              </Space>
            </Space>
            <Table<Room>
              rowKey="id"
              size="middle"
              loading={loading}
              columns={columns}
              dataSource={rooms}
              pagination={false}
              scroll={{ x: 640 }}
              locale={{ emptyText: t('rooms.empty') }}
            />
          </>
        )}
      </Card>
      <RoomFormModal
        state={modal}
        onClose={() => setModal(null)}
        onSaved={(room) => {
          replace(room);
          setModal(null);
        }}
      />
    </PageContainer>
  );
}
