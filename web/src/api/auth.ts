import { api } from './client';
import type { Me } from './types';

export interface LoginResponse {
  csrfToken: string;
  user: Me;
}

export type MeResponse = Me & { csrfToken: string };

export const authApi = {
  login: (username: string, password: string) =>
    api.post<LoginResponse>('/api/auth/login', { username, password }),
  logout: () => api.post<void>('/api/auth/logout'),
  me: () => api.get<MeResponse>('/api/auth/me'),
};
