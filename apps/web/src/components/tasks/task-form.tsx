'use client';

import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { type TCategory, type TCity, type TCreateTaskRequest, type TTask } from '@dastiyor/contracts';
import { taskLimits } from '@dastiyor/contracts/values';
import { useRouter } from '@/i18n/navigation';
import { api, idempotentApi, inLocale, settle } from '@/lib/api-client';
import { type ClientProblem, type FieldErrors, fieldErrorFor } from '@/lib/problem-client';
import { initialTaskForm, type TaskFormState, taskRequestOf } from '@/lib/tasks-form';
import { describedBy, Field, FormNotice, inputClass, SettingsSection } from '@/components/account/form-controls';
import { useProblemText } from '@/components/account/use-problem-text';
import { primaryButton, secondaryButton } from '@/components/ui/button-styles';
import { BudgetFields, CategoryFields, PlaceFields, WhenFields } from './task-form-sections';
import { TaskPhotosField } from './task-photos-field';

/** Fields this form shows; a field error for anything else becomes the alert at the bottom. */
const shownFields = [
  'title',
  'description',
  'categoryId',
  'subcategoryId',
  'cityId',
  'districtId',
  'address',
  'budgetType',
  'budgetAmount',
  'startsAt',
  'endsAt',
  'urgency',
  'attachmentIds',
] as const;
type ShownField = (typeof shownFields)[number];

type Intent = 'draft' | 'publish' | 'save';

/** The API fields a form control feeds, where the names differ. */
const errorFieldsOf: Partial<Record<keyof TaskFormState, string[]>> = {
  startDay: ['startsAt', 'endsAt'],
  startTime: ['startsAt'],
  endDay: ['endsAt'],
  endTime: ['endsAt'],
  when: ['startsAt', 'endsAt'],
  photos: ['attachmentIds'],
  categoryId: ['categoryId', 'subcategoryId'],
  cityId: ['cityId', 'districtId'],
  budgetType: ['budgetType', 'budgetAmount'],
};

/**
 * Create a task (save as a draft or publish) or edit one (a draft or a still-open task). Nothing typed is lost
 * when the API refuses: its per-field reasons appear beside the fields and the form stays as it was.
 */
export function TaskForm({
  task,
  categories,
  cities,
  defaultCityId,
  today,
}: {
  task: TTask | null;
  categories: TCategory[];
  cities: TCity[];
  defaultCityId?: string;
  /** Dushanbe's date (yyyy-mm-dd), the earliest a date input offers. */
  today: string;
}) {
  const t = useTranslations('TaskForm');
  const text = useProblemText();
  const locale = useLocale();
  const router = useRouter();
  const original = useMemo(() => (task ? initialTaskForm(task) : null), [task]);
  const [form, setForm] = useState<TaskFormState>(() => original ?? initialTaskForm(null, defaultCityId));
  const [website, setWebsite] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState<Intent | null>(null);
  const [uploading, setUploading] = useState(false);
  const [failures, setFailures] = useState(0);

  useEffect(() => {
    if (failures > 0) document.querySelector('#task-form [id$="-error"], #task-form [role="alert"]')?.scrollIntoView({ block: 'center' });
  }, [failures]);

  // A reason shown beside a field goes once the person changes that field.
  const clearErrors = (controls: Array<keyof TaskFormState>) => {
    const stale = new Set(controls.flatMap((key) => errorFieldsOf[key] ?? [key]));
    setFieldErrors((current) => {
      const kept = Object.entries(current).filter(([key]) => !stale.has(key.split('.')[0]!));
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  };
  const update = (patch: Partial<TaskFormState>) => {
    setForm((current) => ({ ...current, ...patch }));
    clearErrors(Object.keys(patch) as Array<keyof TaskFormState>);
  };
  const onBusyChange = useCallback((busy: boolean) => setUploading(busy), []);

  const errorOf = (field: ShownField): string | undefined => {
    const code = fieldErrorFor(fieldErrors, field);
    if (code === undefined) return undefined;
    const choose = { invalid_type: 'required', invalid_format: 'required', invalid_value: 'required', required: 'required' } as const;
    switch (field) {
      case 'title':
        return text.field(code, {
          too_small: t('errors.titleShort', { min: taskLimits.titleMin }),
          too_big: t('errors.titleLong', { max: taskLimits.titleMax }),
        });
      case 'description':
        return text.field(code, {
          too_small: t('errors.descriptionShort', { min: taskLimits.descriptionMin }),
          too_big: t('errors.descriptionLong', { max: taskLimits.descriptionMax }),
        });
      case 'categoryId':
        return code in choose ? t('errors.chooseCategory') : text.field(code);
      case 'subcategoryId':
        return code in choose || code === 'subcategory_mismatch' ? t('errors.chooseSubcategory') : text.field(code);
      case 'cityId':
        return code in choose || code === 'unknown_place' ? t('errors.chooseCity') : text.field(code);
      case 'districtId':
        return code === 'unknown_place' ? t('errors.chooseDistrict') : text.field(code);
      case 'budgetAmount':
        return text.field(code, {
          required: t('errors.budgetRequired'),
          custom: t('errors.budgetRequired'),
          invalid: t('errors.budgetInvalid'),
          invalid_type: t('errors.budgetInvalid'),
          too_small: t('errors.budgetRange'),
          too_big: t('errors.budgetRange'),
        });
      case 'startsAt':
        return text.field(code, { required: t('errors.dateRequired'), custom: t('errors.dateRequired'), in_past: t('errors.inPast') });
      case 'endsAt':
        return text.field(code, { required: t('errors.endRequired'), custom: t('errors.endBeforeStart') });
      case 'attachmentIds':
        return text.field(code, { unknown_file: t('errors.photoGone'), too_big: t('photos.tooMany', { max: taskLimits.photosMax }) });
      default:
        return text.field(code);
    }
  };

  function fail(problem: ClientProblem) {
    setFieldErrors(problem.fieldErrors);
    const unplaced = Object.keys(problem.fieldErrors).some((key) => !shownFields.some((f) => key === f || key.startsWith(`${f}.`)));
    if (problem.code === 'tasks.duplicate') setAlert(t('errors.duplicate'));
    else if (problem.code === 'validation.failed' && !unplaced) setAlert(t('errors.checkFields'));
    else setAlert(text.problem(problem));
    setFailures((n) => n + 1);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const intent = (submitter?.getAttribute('value') ?? (task ? 'save' : 'publish')) as Intent;
    const request = await taskRequestOf(form, original);
    if (!request.ok) {
      setFieldErrors(request.errors);
      setAlert(t('errors.checkFields'));
      setFailures((n) => n + 1);
      return;
    }
    setPending(intent);
    setFieldErrors({});
    setAlert(null);
    const saved = task
      ? await settle(
          api.PATCH('/api/v1/tasks/{id}', { params: { path: { id: task.id } }, body: request.fields, headers: inLocale(locale) }),
        )
      : await settle(
          idempotentApi.POST('/api/v1/tasks', {
            // Sent even with a required field still empty: the API's field errors land beside the fields (see fail).
            body: { ...request.fields, status: intent === 'draft' ? 'draft' : 'new', website } as TCreateTaskRequest,
            headers: inLocale(locale),
          }),
        );
    if (!saved.ok) {
      setPending(null);
      fail(saved.problem);
      return;
    }
    // An edited draft is published in a second step; if that is refused (daily limit), the edits are kept.
    if (task && intent === 'publish') {
      const publish = { params: { path: { id: task.id } }, body: { status: 'new' as const }, headers: inLocale(locale) };
      const published = await settle(api.POST('/api/v1/tasks/{id}/status', publish));
      if (!published.ok) {
        setPending(null);
        fail(published.problem);
        return;
      }
    }
    router.push(`/tasks/${saved.data.id}`);
    router.refresh();
  }

  const titleError = errorOf('title');
  const descriptionError = errorOf('description');
  const busy = pending !== null || uploading;
  const isDraft = !task || task.status === 'draft';

  return (
    <form id="task-form" noValidate onSubmit={(event) => void onSubmit(event)} className="space-y-5">
      <SettingsSection id="task-what" title={t('whatTitle')}>
        <div className="space-y-5">
          <Field id="task-title" label={t('title')} hint={t('titleHint')} error={titleError}>
            <input
              id="task-title"
              value={form.title}
              maxLength={taskLimits.titleMax}
              onChange={(event) => update({ title: event.target.value })}
              aria-invalid={titleError ? true : undefined}
              aria-describedby={describedBy('task-title', { hint: true, error: titleError })}
              className={inputClass}
            />
          </Field>
          <CategoryFields
            categories={categories}
            form={form}
            errors={{ categoryId: errorOf('categoryId'), subcategoryId: errorOf('subcategoryId') }}
            update={update}
          />
          <Field id="task-description" label={t('description')} hint={t('descriptionHint')} error={descriptionError}>
            <textarea
              id="task-description"
              value={form.description}
              rows={6}
              maxLength={taskLimits.descriptionMax}
              onChange={(event) => update({ description: event.target.value })}
              aria-invalid={descriptionError ? true : undefined}
              aria-describedby={describedBy('task-description', { hint: true, error: descriptionError })}
              className={inputClass}
            />
          </Field>
        </div>
      </SettingsSection>

      <SettingsSection id="task-photos" title={t('photos.title')} lead={t('photos.lead')}>
        <TaskPhotosField
          value={form.photos}
          error={errorOf('attachmentIds')}
          onChange={(change) => {
            setForm((current) => ({ ...current, photos: change(current.photos) }));
            clearErrors(['photos']);
          }}
          onBusyChange={onBusyChange}
        />
      </SettingsSection>

      <SettingsSection id="task-where" title={t('whereTitle')}>
        <PlaceFields
          cities={cities}
          form={form}
          errors={{ cityId: errorOf('cityId'), districtId: errorOf('districtId'), address: errorOf('address') }}
          update={update}
        />
      </SettingsSection>

      <SettingsSection id="task-terms" title={t('termsTitle')}>
        <div className="space-y-5">
          <BudgetFields form={form} errors={{ budgetType: errorOf('budgetType'), budgetAmount: errorOf('budgetAmount') }} update={update} />
          <WhenFields form={form} today={today} errors={{ startsAt: errorOf('startsAt'), endsAt: errorOf('endsAt') }} update={update} />
          <div className="flex min-h-11 items-start gap-3 rounded-lg border border-slate-300 bg-white p-3 has-checked:border-amber-500 has-checked:bg-amber-50">
            <input
              id="task-urgent"
              type="checkbox"
              checked={form.urgency === 'urgent'}
              onChange={(event) => update({ urgency: event.target.checked ? 'urgent' : 'normal' })}
              aria-describedby="task-urgent-hint"
              className="mt-1 size-4 accent-amber-600"
            />
            <div>
              <label htmlFor="task-urgent" className="block cursor-pointer font-semibold text-slate-900">
                {t('urgent')}
              </label>
              <p id="task-urgent-hint" className="text-sm text-slate-600">
                {t('urgentHint')}
              </p>
            </div>
          </div>
        </div>
      </SettingsSection>

      {/* Honeypot: hidden from people and screen readers; a bot that fills every field gives itself away. */}
      {task ? null : (
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="task-website">Website</label>
          <input
            id="task-website"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={website}
            onChange={(event) => setWebsite(event.target.value)}
          />
        </div>
      )}

      {alert ? <FormNotice tone="error">{alert}</FormNotice> : null}
      {uploading ? <p className="text-sm text-slate-600">{t('waitForPhotos')}</p> : null}

      {/* Publish first in the markup: pressing Enter in a field publishes rather than quietly saving a draft. */}
      <div className="flex flex-col gap-3 sm:flex-row-reverse sm:justify-start">
        <button type="submit" value={isDraft ? 'publish' : 'save'} disabled={busy} className={`${primaryButton} disabled:opacity-60`}>
          {pending === 'publish' || pending === 'save' ? t('saving') : isDraft ? t('publish') : t('save')}
        </button>
        {isDraft ? (
          <button type="submit" value="draft" disabled={busy} className={`${secondaryButton} disabled:opacity-60`}>
            {pending === 'draft' ? t('saving') : t('saveDraft')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
