// Validation rules of a party row (format checks mirror the server).
import type { FormInstance, FormRule as Rule } from 'antd';
import type { TFunction } from '../../../i18n';
import { isValidIdNumber, isValidPhone, isValidUscc, normalizeCode } from '../shared/validators';
import type { IntakeValues } from './intakeForm';

type Check = (value: string) => boolean;

function formatRule(check: Check, message: string, normalize: (value: string) => string = (v) => v.trim()): Rule {
  return {
    validator: (_rule, value: unknown) =>
      typeof value !== 'string' || value.trim() === '' || check(normalize(value)) ? Promise.resolve() : Promise.reject(new Error(message)),
  };
}

export const idNumberRule = (t: TFunction) => formatRule(isValidIdNumber, t('intake.idNumberInvalid'), normalizeCode);
export const usccRule = (t: TFunction) => formatRule(isValidUscc, t('intake.usccInvalid'), normalizeCode);
export const phoneRule = (t: TFunction) => formatRule(isValidPhone, t('intake.phoneInvalid'), (v) => v.replace(/\s+/g, ''));

/** The applicant's name is required; another row needs a name once anything else is typed in it. */
export function partyNameRule(t: TFunction, form: FormInstance<IntakeValues>, index: number): Rule {
  return {
    validator: (_rule, value: unknown) => {
      if (typeof value === 'string' && value.trim() !== '') return Promise.resolve();
      const party = form.getFieldValue(['parties', index]) as IntakeValues['parties'][number] | undefined;
      const started = party && [party.phone, party.idNumber, party.uscc, party.address].some((field) => field?.trim());
      if (party?.role === 'applicant' || started) return Promise.reject(new Error(t('intake.partyNameRequired')));
      return Promise.resolve();
    },
  };
}
