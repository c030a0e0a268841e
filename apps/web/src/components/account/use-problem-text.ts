import { useTranslations } from 'next-intl';
import type { ClientProblem } from '@/lib/problem-client';
import { problemMessage } from '@/lib/problem-messages';

/** Field reason codes the API sends (zod issue codes and our own rules) that the catalogs explain. */
const fieldCodes = [
  'required',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_type',
  'invalid_phone',
  'unknown_city',
  'unknown_district',
  'unknown_category',
  'district_outside_city',
  'service_city_required',
  'provider_only',
  'wrong_password',
  'password_weak',
  'password_personal',
  'account_exists',
  'unchanged',
  'code_invalid',
  'code_expired',
  'empty',
  'unreadable',
  'too_many_pixels',
  'malformed',
] as const;
type FieldCode = (typeof fieldCodes)[number];
const isFieldCode = (code: string): code is FieldCode => (fieldCodes as readonly string[]).includes(code);

export type FieldErrorOverrides = Partial<Record<string, string>>;

/**
 * Localized words for API problems: per field by the API's reason code (with optional field-specific wording),
 * and for the whole request by the one mapping in problem-messages.ts.
 */
export function useProblemText() {
  const t = useTranslations('Forms');
  const tProblems = useTranslations('Problems');

  const field = (code: string | undefined, overrides?: FieldErrorOverrides): string | undefined => {
    if (code === undefined) return undefined;
    return overrides?.[code] ?? (isFieldCode(code) ? t(`fieldErrors.${code}`) : t('fieldErrors.invalid'));
  };

  const problem = (p: ClientProblem): string => problemMessage(p, tProblems);

  return { field, problem };
}
