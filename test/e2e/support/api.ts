// The API beside the browser: set up or check what the page shows, as a demo account
// signed in with its own session (cookie and CSRF token).
import { expect } from 'vitest';
import { DEMO_PASSWORD } from './session.js';

export interface Caller {
  cookie: string;
  csrf: string;
  userId: string;
}

/** A demo account signed in through POST /api/auth/login. */
export async function signInApi(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<Caller> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { csrfToken: string; user: { id: string } };
  return { cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), csrf: body.csrfToken, userId: body.user.id };
}

/** One call; any status. */
export async function callApi<T>(baseUrl: string, who: Caller, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** One call that must succeed (2xx); its answer. */
export async function jsonApi<T>(baseUrl: string, who: Caller, method: string, path: string, body?: unknown): Promise<T> {
  const res = await callApi<T>(baseUrl, who, method, path, body);
  expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
}
