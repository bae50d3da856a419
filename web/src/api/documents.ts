// 文书: generated documents of a case and the admin's document templates.
import { api, downloadFile } from './client';

export const DOCUMENT_KINDS = ['application', 'minutes', 'agreement', 'follow_up_record', 'judicial_confirmation_application'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type DocumentBlock = 'forbidden' | 'archived' | 'no_session' | 'no_agreement' | 'no_judicial_confirmation';

export interface CaseDocument {
  id: string;
  kind: DocumentKind;
  version: number;
  attachmentId: string;
  filename: string;
  size: number;
  templateVersion: number | null;
  sessionId: string | null;
  generatedAt: string;
  generatedByName: string | null;
}

export interface CaseDocuments {
  kinds: { kind: DocumentKind; label: string; blockedBy: DocumentBlock | null }[];
  sessions: { id: string; startsAt: string; status: string; mode: string }[];
  items: CaseDocument[];
}

export interface TemplateVersion {
  id: string;
  version: number;
  name: string;
  shipped: boolean;
  active: boolean;
  uploadedAt: string;
  uploadedByName: string | null;
}

export interface TemplateKind {
  kind: DocumentKind;
  label: string;
  activeId: string | null;
  versions: TemplateVersion[];
}

export interface TemplateField {
  name: string;
  zh: string;
  loop: { name: string; zh: string }[] | null;
}

const caseBase = (id: string) => `/api/cases/${encodeURIComponent(id)}/documents`;

export const documentsApi = {
  list: (caseId: string, signal?: AbortSignal) => api.get<CaseDocuments>(caseBase(caseId), undefined, signal),
  generate: (caseId: string, kind: DocumentKind, sessionId?: string) => api.post<CaseDocument>(caseBase(caseId), { kind, sessionId }),
  download: (caseId: string, doc: Pick<CaseDocument, 'attachmentId' | 'filename'>) =>
    downloadFile(`/api/cases/${encodeURIComponent(caseId)}/attachments/${encodeURIComponent(doc.attachmentId)}`, doc.filename),
  templates: (signal?: AbortSignal) => api.get<{ items: TemplateKind[] }>('/api/document-templates', undefined, signal),
  fields: (kind: DocumentKind) => api.get<{ kind: DocumentKind; label: string; fields: TemplateField[] }>('/api/document-templates/fields', { kind }),
  downloadTemplate: (v: TemplateVersion) => downloadFile(`/api/document-templates/${encodeURIComponent(v.id)}/file`, v.name),
  uploadTemplate: (kind: DocumentKind, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api.post<{ id: string; version: number }>(`/api/document-templates/${kind}`, form);
  },
  activate: (id: string) => api.post<{ id: string }>(`/api/document-templates/${encodeURIComponent(id)}/activate`),
};
