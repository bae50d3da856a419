// 文书 in a real browser against the demo server: the mediator generates an application from
// the case page and gets a numbered version; the admin's template page lists the five kinds,
// their placeholders, and shows why an upload is refused.
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import PizZip from 'pizzip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, DESKTOP, TMP_SHOTS } from './support/session.js';

const PASSWORD = 'Concord-2026';

interface Caller {
  cookie: string;
  csrf: string;
  userId: string;
}

describe('documents', () => {
  const ui = browserSession();

  async function signInApi(username: string): Promise<Caller> {
    const res = await fetch(`${ui.server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { csrfToken: string; user: { id: string } };
    return { cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), csrf: body.csrfToken, userId: body.user.id };
  }

  async function call(who: Caller, method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${ui.server.url}${path}`, {
      method,
      headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async function json<T>(who: Caller, method: string, path: string, body?: unknown): Promise<T> {
    const res = await call(who, method, path, body);
    const text = await res.text();
    expect(res.status, `${method} ${path}: ${text}`).toBeLessThan(300);
    return JSON.parse(text) as T;
  }

  async function signIn(page: Page, username: string) {
    await page.goto('/login');
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('app-sider').waitFor();
  }

  it('generates an application from the case page', async () => {
    const dispatcher = await signInApi('dispatcher');
    const mediator = await signInApi('mediator');
    const c = await json<{ id: string; code: string }>(dispatcher, 'POST', '/api/cases', {
      channel: 'window',
      category: 'tenancy',
      description: '承租人退租时，出租人以墙面污损为由扣留押金三千元，双方协商未果，申请调解。',
      amountFen: 300_000,
      parties: [
        { role: 'applicant', kind: 'person', name: '周晓梅', phone: '13904721234' },
        { role: 'respondent', kind: 'person', name: '吴建军', phone: '13904724321' },
      ],
    });
    await json(dispatcher, 'POST', `/api/cases/${c.id}/actions`, { action: 'route', userId: mediator.userId, reason: '指派专职调解员' });
    await json(mediator, 'POST', `/api/cases/${c.id}/actions`, { action: 'accept' });

    const page = await ui.newPage(DESKTOP);
    await signIn(page, 'mediator');
    await page.goto(`/cases/${c.id}`);
    const card = page.getByTestId('documents-card');
    await card.waitFor();
    // no agreement yet: its button waits, with the reason on hover
    expect(await page.getByTestId('document-generate-agreement').isDisabled()).toBe(true);
    await page.getByTestId('document-generate-application').click();
    await card.getByText('第 1 版', { exact: true }).waitFor();
    await page.screenshot({ path: join(TMP_SHOTS, 'documents-card.png'), fullPage: true });

    const list = await json<{ items: { kind: string; version: number; attachmentId: string }[] }>(mediator, 'GET', `/api/cases/${c.id}/documents`);
    expect(list.items.map((d) => [d.kind, d.version])).toEqual([['application', 1]]);
    const file = await call(mediator, 'GET', `/api/cases/${c.id}/attachments/${list.items[0]!.attachmentId}`);
    const xml = new PizZip(Buffer.from(await file.arrayBuffer())).file('word/document.xml')!.asText().replace(/<[^>]+>/g, '');
    expect(xml).toContain('人民调解申请书');
    expect(xml).toContain('周晓梅');
    expect(xml).toContain('人民币叁仟元整');
  });

  it('shows the admin the templates and why an upload is refused', async () => {
    const page = await ui.newPage(DESKTOP);
    await signIn(page, 'admin');
    await page.goto('/admin/templates');
    for (const label of ['人民调解申请书', '调解笔录', '人民调解协议书', '回访记录', '司法确认申请书']) await page.getByRole('tab', { name: label }).waitFor();
    await page.getByText('{caseCode}').first().waitFor();

    const bad = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('{caseCode}{applicantNmae}')] })] }] }));
    await page.locator('input[type=file]').first().setInputFiles({ name: '申请书.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: bad });
    const problem = page.getByTestId('template-problem');
    await problem.waitFor();
    expect(await problem.innerText()).toContain('{applicantNmae}');
    await page.screenshot({ path: join(TMP_SHOTS, 'documents-templates.png'), fullPage: true });
    // nothing was stored: still only the shipped version
    const admin = await signInApi('admin');
    const templates = await json<{ items: { kind: string; versions: unknown[] }[] }>(admin, 'GET', '/api/document-templates');
    expect(templates.items.find((k) => k.kind === 'application')!.versions).toHaveLength(1);
  });
});
