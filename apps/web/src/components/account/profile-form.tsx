'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { TCategory, TCity, TMe, TUpdateMeRequest } from '@dastiyor/contracts';
import { useRouter } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { api, settle } from '@/lib/api-client';
import { type ClientProblem, type FieldErrors, fieldErrorFor, itemErrorsFor } from '@/lib/problem-client';
import { primaryButton } from '@/components/ui/button-styles';
import { CategoryChecklist } from './category-checklist';
import { describedBy, Field, FieldGroup, FormNotice, inputClass, SettingsSection } from './form-controls';
import { ServiceAreaFields } from './service-area-fields';
import { SkillsInput, withSkill } from './skills-input';
import { useProblemText } from './use-problem-text';

const descriptionMax = 3000;

/** The editable part of a profile as the form holds it; ids as Sets because they are sets. */
function formStateOf(me: TMe) {
  return {
    name: me.name,
    locale: me.locale,
    cityId: me.city?.id ?? '',
    description: me.provider?.description ?? '',
    skills: me.provider?.skills ?? [],
    categoryIds: new Set(me.provider?.categories.map((c) => c.id) ?? []),
    serviceCityId: me.provider?.serviceCity?.id ?? '',
    districtIds: new Set(me.provider?.districts.map((d) => d.id) ?? []),
  };
}
type FormState = ReturnType<typeof formStateOf>;

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; problem: ClientProblem | null };

/**
 * Name, language and city for everyone; description, skills, categories, service city and districts for
 * providers. One PATCH /api/v1/me on save; the API checks every field and reports each bad one, shown
 * next to it. Choosing the other language moves the whole site to it once saved.
 */
export function ProfileForm({
  me,
  cities,
  categories,
  justSaved,
}: {
  me: TMe;
  cities: TCity[] | null;
  categories: TCategory[] | null;
  justSaved: boolean;
}) {
  const t = useTranslations('Account.profile');
  const tl = useTranslations('Account.languages');
  const text = useProblemText();
  const router = useRouter();
  const siteLocale = useLocale();
  const isProvider = me.provider !== null;
  const [form, setForm] = useState<FormState>(() => formStateOf(me));
  const [skillDraft, setSkillDraft] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(justSaved ? { kind: 'saved' } : { kind: 'idle' });
  const sent = useRef<TUpdateMeRequest>({});

  // "?saved=1" only carries the notice across a language switch; a reload should not repeat it.
  useEffect(() => {
    if (justSaved) window.history.replaceState(null, '', window.location.pathname);
  }, [justSaved]);

  useEffect(() => {
    if (status.kind === 'failed') document.querySelector('#profile-form [id$="-error"]')?.scrollIntoView({ block: 'center' });
  }, [status]);

  const update = (patch: Partial<FormState>) => {
    setForm((current) => ({ ...current, ...patch }));
    if (status.kind === 'saved') setStatus({ kind: 'idle' });
  };

  const nameOf = {
    categoryIds: (id: string) => categories?.flatMap((c) => [c, ...c.children]).find((c) => c.id === id)?.name[siteLocale],
    districtIds: (id: string) => cities?.flatMap((c) => c.districts).find((d) => d.id === id)?.name[siteLocale],
    skills: (skill: string) => skill,
  };

  /** The reason for a list field, naming the refused items ("Sino: …") when the API points at them. */
  function listError(field: 'categoryIds' | 'districtIds' | 'skills'): string | undefined {
    const code = fieldErrorFor(fieldErrors, field);
    if (code === undefined) return undefined;
    const message = text.field(code) ?? '';
    const list = (sent.current[field] ?? []) as string[];
    const items = itemErrorsFor(fieldErrors, field).flatMap(({ index }) => {
      const value = list[index];
      const label = value === undefined ? undefined : nameOf[field](value);
      return label ? [label] : [];
    });
    return items.length > 0 ? t('itemError', { items: items.join(', '), message }) : message;
  }

  function buildRequest(): TUpdateMeRequest {
    const body: TUpdateMeRequest = { name: form.name.trim(), locale: form.locale };
    // Without the city list the form cannot show a city, so it must not overwrite one either.
    if (cities) body.cityId = form.cityId || null;
    if (!isProvider) return body;
    body.description = form.description.trim();
    body.skills = withSkill(form.skills, skillDraft);
    if (categories) body.categoryIds = [...form.categoryIds];
    if (cities) {
      body.serviceCityId = form.serviceCityId || null;
      body.districtIds = [...form.districtIds];
    }
    return body;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = buildRequest();
    sent.current = body;
    if ((body.name ?? '').length < 2) {
      setFieldErrors({ name: 'too_small' });
      setStatus({ kind: 'failed', problem: null });
      return;
    }
    setStatus({ kind: 'saving' });
    setFieldErrors({});
    const result = await settle(api.PATCH('/api/v1/me', { body }));
    if (!result.ok) {
      setFieldErrors(result.problem.fieldErrors);
      setStatus({ kind: 'failed', problem: result.problem });
      return;
    }
    if (result.data.locale !== siteLocale) {
      router.replace({ pathname: '/account', query: { saved: '1' } }, { locale: result.data.locale });
      return;
    }
    setForm(formStateOf(result.data));
    setSkillDraft('');
    setStatus({ kind: 'saved' });
    router.refresh();
  }

  const nameError = text.field(fieldErrorFor(fieldErrors, 'name'), { too_small: t('nameTooShort'), too_big: t('nameTooLong') });
  const cityError = text.field(fieldErrorFor(fieldErrors, 'cityId'));
  const localeError = text.field(fieldErrorFor(fieldErrors, 'locale'));
  const descriptionError = text.field(fieldErrorFor(fieldErrors, 'description'), {
    too_big: t('descriptionTooLong', { max: descriptionMax }),
  });
  const serviceCityError = text.field(fieldErrorFor(fieldErrors, 'serviceCityId'));

  return (
    <form id="profile-form" noValidate onSubmit={(event) => void onSubmit(event)} className="space-y-5">
      <SettingsSection id="profile-basics" title={t('basicsTitle')}>
        <div className="space-y-5">
          <Field id="profile-name" label={t('name')} error={nameError}>
            <input
              id="profile-name"
              type="text"
              autoComplete="name"
              maxLength={80}
              value={form.name}
              onChange={(event) => update({ name: event.target.value })}
              aria-invalid={nameError ? true : undefined}
              aria-describedby={describedBy('profile-name', { error: nameError })}
              className={inputClass}
            />
          </Field>

          <FieldGroup id="profile-locale" legend={t('language')} hint={t('languageHint')} error={localeError}>
            <div className="grid grid-cols-2 gap-2">
              {routing.locales.map((locale) => (
                <label
                  key={locale}
                  lang={locale}
                  className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 text-base has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold"
                >
                  <input
                    type="radio"
                    name="locale"
                    value={locale}
                    checked={form.locale === locale}
                    onChange={() => update({ locale })}
                    className="size-4 accent-brand-700"
                  />
                  {tl(locale)}
                </label>
              ))}
            </div>
          </FieldGroup>

          {cities ? (
            <Field id="profile-city" label={t('city')} hint={t('cityHint')} error={cityError}>
              <select
                id="profile-city"
                value={form.cityId}
                onChange={(event) => update({ cityId: event.target.value })}
                aria-invalid={cityError ? true : undefined}
                aria-describedby={describedBy('profile-city', { hint: t('cityHint'), error: cityError })}
                className={inputClass}
              >
                <option value="">{t('noCity')}</option>
                {cities.map((city) => (
                  <option key={city.id} value={city.id}>
                    {city.name[siteLocale]}
                  </option>
                ))}
              </select>
            </Field>
          ) : (
            <FormNotice tone="error">{t('citiesUnavailable')}</FormNotice>
          )}
        </div>
      </SettingsSection>

      {isProvider ? (
        <SettingsSection id="profile-services" title={t('servicesTitle')} lead={t('servicesLead')}>
          <div className="space-y-6">
            <Field
              id="profile-description"
              label={t('description')}
              hint={t('descriptionHint', { count: form.description.length, max: descriptionMax })}
              error={descriptionError}
            >
              <textarea
                id="profile-description"
                rows={6}
                maxLength={descriptionMax}
                value={form.description}
                placeholder={t('descriptionPlaceholder')}
                onChange={(event) => update({ description: event.target.value })}
                aria-invalid={descriptionError ? true : undefined}
                aria-describedby={describedBy('profile-description', { hint: true, error: descriptionError })}
                className={`${inputClass} resize-y`}
              />
            </Field>

            <SkillsInput
              id="profile-skills"
              skills={form.skills}
              draft={skillDraft}
              error={listError('skills')}
              onChange={(skills) => update({ skills })}
              onDraftChange={setSkillDraft}
            />

            {categories ? (
              <CategoryChecklist
                id="profile-categories"
                categories={categories}
                selected={form.categoryIds}
                error={listError('categoryIds')}
                onChange={(categoryIds) => update({ categoryIds })}
              />
            ) : (
              <FormNotice tone="error">{t('categoriesUnavailable')}</FormNotice>
            )}

            {cities ? (
              <ServiceAreaFields
                cities={cities}
                value={{ serviceCityId: form.serviceCityId, districtIds: form.districtIds }}
                cityError={serviceCityError}
                districtsError={listError('districtIds')}
                onChange={update}
              />
            ) : null}
          </div>
        </SettingsSection>
      ) : null}

      {/* A provider's form is long: the button stays in reach while they scroll through it. */}
      <div
        className={`space-y-2 ${isProvider ? 'sticky bottom-0 z-10 -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-2xl sm:border sm:shadow-sm' : ''}`}
      >
        {status.kind === 'saved' ? <FormNotice tone="success">{t('saved')}</FormNotice> : null}
        {status.kind === 'failed' ? (
          <FormNotice tone="error">
            {status.problem && status.problem.code !== 'validation.failed' ? text.problem(status.problem) : t('fixFields')}
          </FormNotice>
        ) : null}
        <button type="submit" className={`${primaryButton} w-full sm:w-auto`} disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? t('saving') : t('save')}
        </button>
      </div>
    </form>
  );
}
