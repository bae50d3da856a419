import { api } from './client';
import type { Page, Role, User } from './types';

export interface UserQuery {
  q?: string;
  role?: Role;
  unitId?: string;
  limit?: number;
  cursor?: string | null;
}

export interface RoleInput {
  role: Role;
  unitId: string;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  phone?: string;
  password: string;
  roles: RoleInput[];
}

export interface UpdateUserInput {
  version: number;
  displayName?: string;
  phone?: string;
  active?: boolean;
  password?: string;
  roles?: RoleInput[];
}

export const usersApi = {
  list: (query: UserQuery, signal?: AbortSignal) =>
    api.get<Page<User>>('/api/users', { ...query }, signal),
  create: (input: CreateUserInput) => api.post<User>('/api/users', input),
  update: (id: string, input: UpdateUserInput) =>
    api.patch<User>(`/api/users/${encodeURIComponent(id)}`, input),
};
