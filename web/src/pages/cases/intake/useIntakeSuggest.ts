// Debounced POST /api/intake/suggest while the clerk types the account (quiet on failure).
import { useEffect, useMemo, useState } from 'react';
import { intakeApi, type IntakeSuggestion, type SuggestInput } from '../../../api/intake';
import { isValidIdNumber, isValidPhone, isValidUscc, normalizeCode } from '../shared/validators';
import type { IntakeValues } from './intakeForm';

const DEBOUNCE_MS = 500;
export const SUGGEST_MIN_LENGTH = 8;

const trimmed = (value: string | undefined): string | undefined => value?.trim() || undefined;

/** The request for the current form values, or null while the description is too short. */
export function toSuggestInput(values: Partial<IntakeValues>): SuggestInput | null {
  const text = (values.description ?? '').trim();
  if ([...text].length < SUGGEST_MIN_LENGTH) return null;
  const parties = (values.parties ?? [])
    .map((party) => {
      const idNumber = party.idNumber ? normalizeCode(party.idNumber) : '';
      const uscc = party.uscc ? normalizeCode(party.uscc) : '';
      const phone = party.phone ? party.phone.replace(/\s+/g, '') : '';
      // Only identifiers that look complete: a half-typed number would match nothing.
      return {
        name: trimmed(party.name),
        idNumber: party.kind !== 'organization' && isValidIdNumber(idNumber) ? idNumber : undefined,
        uscc: party.kind === 'organization' && isValidUscc(uscc) ? uscc : undefined,
        phone: isValidPhone(phone) ? phone : undefined,
        kind: party.kind,
        role: party.role,
      };
    })
    .filter((party) => party.name || party.idNumber || party.uscc || party.phone);
  return {
    text,
    parties: parties.length > 0 ? parties : undefined,
    address: trimmed(values.address),
    gridId: values.grid?.value || undefined,
  };
}

export interface IntakeSuggestState {
  /** Null until the description is long enough and a first answer has come. */
  data: IntakeSuggestion | null;
  loading: boolean;
  failed: boolean;
}

export function useIntakeSuggest(input: SuggestInput | null): IntakeSuggestState {
  // The request's content decides when to ask again (the watched objects change identity).
  const key = input ? JSON.stringify(input) : '';
  const request = useMemo(() => (key ? (JSON.parse(key) as SuggestInput) : null), [key]);
  const [state, setState] = useState<IntakeSuggestState>({ data: null, loading: false, failed: false });

  useEffect(() => {
    if (!request) {
      setState({ data: null, loading: false, failed: false });
      return;
    }
    const controller = new AbortController();
    setState((prev) => ({ ...prev, loading: true }));
    const timer = window.setTimeout(() => {
      intakeApi
        .suggest(request, controller.signal)
        .then((data) => {
          if (!controller.signal.aborted) setState({ data, loading: false, failed: false });
        })
        .catch(() => {
          if (!controller.signal.aborted) setState((prev) => ({ ...prev, loading: false, failed: true }));
        });
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [request]);

  return state;
}
