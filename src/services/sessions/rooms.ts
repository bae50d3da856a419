import { isAdmin } from '../../domain/scope.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import type { Actor } from '../actor.js';
import type { SessionDeps } from './deps.js';

const ROOM_UNIT_KINDS = ['center', 'station', 'enterprise_station'];

function roomView(r: { id: string; unit_id: string; unit_name: string; name: string; capacity: number; equipment: string | null; active: boolean }) {
  return { id: r.id, unitId: r.unit_id, unitName: r.unit_name, name: r.name, capacity: r.capacity, equipment: r.equipment, active: r.active };
}

/** GET /api/rooms: the mediation rooms (any staff: the schedule form and calendar filter need them), optionally of one unit. */
export async function listRooms(deps: SessionDeps, _actor: Actor, unitId?: string) {
  const rows = await deps.repo.rooms(unitId ? [unitId] : undefined);
  return { items: rows.map(roomView) };
}

export interface RoomInput {
  unitId: string;
  name: string;
  capacity?: number;
  equipment?: string | null;
  active?: boolean;
}

const duplicate = () => new AppError(409, 'duplicate', 'duplicate', { field: '调解室名称' }, { name: { 'zh-CN': '该单位已有同名调解室', en: 'This unit already has a room of that name' } });

/** POST /api/rooms (admin): a room of a center or station. */
export async function createRoom(deps: SessionDeps, actor: Actor, input: RoomInput) {
  if (!isAdmin(actor.scope)) throw forbidden();
  const unit = await deps.cases.units.get(null, input.unitId);
  if (!unit || !ROOM_UNIT_KINDS.includes(unit.kind)) throw invalid({ unitId: { 'zh-CN': '调解室只能设在综治中心或调解工作站', en: 'Rooms belong to a center or a station' } });
  const name = input.name.trim();
  if (await deps.repo.roomNameTaken(unit.id, name)) throw duplicate();
  const { id } = await deps.repo.insertRoom({ unit_id: unit.id, name, capacity: input.capacity ?? 8, equipment: input.equipment?.trim() || null, active: input.active ?? true });
  return roomView((await deps.repo.room(id))!);
}

/** PATCH /api/rooms/:id (admin): rename, resize, re-equip or take out of use (existing sessions keep it). */
export async function updateRoom(deps: SessionDeps, actor: Actor, id: string, patch: Partial<Omit<RoomInput, 'unitId'>>) {
  if (!isAdmin(actor.scope)) throw forbidden();
  const room = await deps.repo.room(id);
  if (!room) throw notFound();
  const name = patch.name?.trim();
  if (name && name !== room.name && (await deps.repo.roomNameTaken(room.unit_id, name, id))) throw duplicate();
  await deps.repo.updateRoom(id, {
    ...(name ? { name } : {}),
    ...(patch.capacity !== undefined ? { capacity: patch.capacity } : {}),
    ...(patch.equipment !== undefined ? { equipment: patch.equipment?.trim() || null } : {}),
    ...(patch.active !== undefined ? { active: patch.active } : {}),
  });
  return roomView((await deps.repo.room(id))!);
}
