// Calls of the case API: register, list, read, act, attach, annotate, reveal, export.
import { api, downloadFile } from './client';
import type {
  ActionFields,
  Annotation,
  Attachment,
  AttachmentKind,
  Case,
  CaseAction,
  CaseListItem,
  CaseQuery,
  CreateCaseInput,
  PartyMatch,
  RevealedParty,
  RouteOptions,
} from './caseTypes';
import type { ItemList, Page } from './types';

const base = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

export const casesApi = {
  create: (input: CreateCaseInput) => api.post<Case>('/api/cases', input),
  get: (id: string, signal?: AbortSignal) => api.get<Case>(base(id), undefined, signal),
  list: (query: CaseQuery, signal?: AbortSignal) => api.get<Page<CaseListItem>>('/api/cases', { ...query }, signal),
  act: (id: string, action: CaseAction, version: number, fields: ActionFields = {}) =>
    api.post<Case>(`${base(id)}/actions`, { action, version, ...fields }),
  routeOptions: (caseId: string) => api.get<RouteOptions>('/api/cases/route-options', { caseId }),
  upload: (id: string, file: File, kind: AttachmentKind) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file);
    return api.post<Attachment>(`${base(id)}/attachments`, form);
  },
  attachmentUrl: (id: string, attachmentId: string) => `${base(id)}/attachments/${encodeURIComponent(attachmentId)}`,
  downloadAttachment: (id: string, attachment: Attachment) =>
    downloadFile(`${base(id)}/attachments/${encodeURIComponent(attachment.id)}`, attachment.filename),
  annotate: (id: string, text: string) => api.post<Annotation>(`${base(id)}/annotations`, { text }),
  reveal: (id: string, partyId: string, reason: string) =>
    api.post<RevealedParty>(`${base(id)}/parties/${encodeURIComponent(partyId)}/reveal`, { reason }),
  downloadDossier: (id: string, code: string) => downloadFile(`${base(id)}/dossier.docx`, `${code}.docx`),
  /** POST so that phone and ID numbers never appear in URLs or logs. */
  lookupParties: (q: string) => api.post<ItemList<PartyMatch>>('/api/parties/lookup', { q }),
};
