// Put the API's per-field messages on the matching antd form items.
import type { FormInstance } from 'antd';
import type { ApiError } from '../api/client';

type NamePath = (string | number)[];

/** "roles.0.unitId" or "roles[0].unitId" → ['roles', 0, 'unitId']. */
export function toNamePath(field: string): NamePath {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Apply `error.fields` to the form. Returns the messages for fields the form does not
 * have, so that the caller can show them elsewhere. `rename` maps an API field to the
 * form's where the two differ (e.g. `assistance.0.reason` → `assistanceReason`).
 */
export function applyFieldErrors(form: FormInstance, error: ApiError, knownFields: readonly string[], rename?: (field: string) => string): string[] {
  const unmatched: string[] = [];
  const entries: { name: NamePath; errors: string[] }[] = [];
  for (const [field, message] of Object.entries(error.fields)) {
    const name = toNamePath(rename ? rename(field) : field);
    if (knownFields.includes(String(name[0]))) entries.push({ name, errors: [message] });
    else unmatched.push(message);
  }
  if (entries.length > 0) form.setFields(entries);
  return unmatched;
}

/** Put messages on fields by name path (paths a typed form cannot express, e.g. list items from the API). */
export function setFieldErrors(form: FormInstance, entries: { name: NamePath | string; errors: string[] }[]): void {
  if (entries.length > 0) form.setFields(entries);
}
