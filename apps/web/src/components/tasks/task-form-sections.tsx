'use client';

import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { TCategory, TCity } from '@dastiyor/contracts';
import type { TaskFormState, WhenKind } from '@/lib/tasks-form';
import { describedBy, Field, FieldGroup, inputClass } from '@/components/account/form-controls';

// The parts of the task form that hold several linked controls: the list of a second select follows the first.

type Update = (patch: Partial<TaskFormState>) => void;
type Errors = Partial<Record<keyof TaskFormState | 'startsAt' | 'endsAt', string>>;

function Select({
  id,
  value,
  error,
  hint,
  disabled,
  onChange,
  children,
}: {
  id: string;
  value: string;
  error?: string;
  hint?: boolean;
  disabled?: boolean;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <select
      id={id}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, { hint, error })}
      className={inputClass}
    >
      {children}
    </select>
  );
}

export function CategoryFields({
  categories,
  form,
  errors,
  update,
}: {
  categories: TCategory[];
  form: TaskFormState;
  errors: Errors;
  update: Update;
}) {
  const t = useTranslations('TaskForm');
  const locale = useLocale();
  const category = categories.find((c) => c.id === form.categoryId) ?? null;
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <Field id="task-category" label={t('category')} error={errors.categoryId}>
        <Select
          id="task-category"
          value={form.categoryId}
          error={errors.categoryId}
          // A subcategory of another category no longer applies.
          onChange={(categoryId) => update({ categoryId, subcategoryId: '' })}
        >
          <option value="">{t('chooseCategory')}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name[locale]}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="task-subcategory" label={t('subcategory')} error={errors.subcategoryId}>
        <Select
          id="task-subcategory"
          value={form.subcategoryId}
          error={errors.subcategoryId}
          disabled={!category}
          onChange={(subcategoryId) => update({ subcategoryId })}
        >
          <option value="">{category ? t('chooseSubcategory') : t('chooseCategoryFirst')}</option>
          {category?.children.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name[locale]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

export function PlaceFields({ cities, form, errors, update }: { cities: TCity[]; form: TaskFormState; errors: Errors; update: Update }) {
  const t = useTranslations('TaskForm');
  const locale = useLocale();
  const city = cities.find((c) => c.id === form.cityId) ?? null;
  return (
    <div className="space-y-5">
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="task-city" label={t('city')} error={errors.cityId}>
          <Select id="task-city" value={form.cityId} error={errors.cityId} onChange={(cityId) => update({ cityId, districtId: '' })}>
            <option value="">{t('chooseCity')}</option>
            {cities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name[locale]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="task-district" label={t('district')} error={errors.districtId}>
          <Select
            id="task-district"
            value={form.districtId}
            error={errors.districtId}
            disabled={!city || city.districts.length === 0}
            onChange={(districtId) => update({ districtId })}
          >
            <option value="">{t('anyDistrict')}</option>
            {city?.districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name[locale]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id="task-address" label={t('address')} hint={t('addressHint')} error={errors.address}>
        <input
          id="task-address"
          value={form.address}
          maxLength={300}
          autoComplete="street-address"
          onChange={(event) => update({ address: event.target.value })}
          aria-invalid={errors.address ? true : undefined}
          aria-describedby={describedBy('task-address', { hint: true, error: errors.address })}
          className={inputClass}
        />
      </Field>
    </div>
  );
}

function Radio({
  name,
  value,
  checked,
  label,
  onChange,
}: {
  name: string;
  value: string;
  checked: boolean;
  label: string;
  onChange: () => void;
}) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-2.5 rounded-lg border border-slate-300 bg-white px-3 has-checked:border-brand-600 has-checked:bg-brand-50">
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} className="size-4 accent-brand-700" />
      <span className="text-base text-slate-900">{label}</span>
    </label>
  );
}

export function BudgetFields({ form, errors, update }: { form: TaskFormState; errors: Errors; update: Update }) {
  const t = useTranslations('TaskForm');
  return (
    <div className="space-y-4">
      <FieldGroup id="task-budget-type" legend={t('budget')} error={errors.budgetType}>
        <div className="grid gap-2 sm:grid-cols-2">
          <Radio
            name="budgetType"
            value="fixed"
            checked={form.budgetType === 'fixed'}
            label={t('budgetFixed')}
            onChange={() => update({ budgetType: 'fixed' })}
          />
          <Radio
            name="budgetType"
            value="negotiable"
            checked={form.budgetType === 'negotiable'}
            label={t('budgetNegotiable')}
            onChange={() => update({ budgetType: 'negotiable' })}
          />
        </div>
      </FieldGroup>
      {form.budgetType === 'fixed' ? (
        <Field id="task-budget-amount" label={t('budgetAmount')} hint={t('budgetAmountHint')} error={errors.budgetAmount}>
          <div className="flex items-center gap-2">
            <input
              id="task-budget-amount"
              inputMode="decimal"
              value={form.budgetAmount}
              onChange={(event) => update({ budgetAmount: event.target.value })}
              aria-invalid={errors.budgetAmount ? true : undefined}
              aria-describedby={describedBy('task-budget-amount', { hint: true, error: errors.budgetAmount })}
              className={`${inputClass} max-w-48`}
            />
            <span className="text-base text-slate-700">{t('currency')}</span>
          </div>
        </Field>
      ) : null}
    </div>
  );
}

export function WhenFields({ form, errors, today, update }: { form: TaskFormState; errors: Errors; today: string; update: Update }) {
  const t = useTranslations('TaskForm');
  const kinds: WhenKind[] = ['flexible', 'moment', 'period'];
  const dateInput = (id: string, key: 'startDay' | 'endDay', error?: string) => (
    <input
      id={id}
      type="date"
      min={today}
      value={form[key]}
      onChange={(event) => update({ [key]: event.target.value })}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, { error })}
      className={inputClass}
    />
  );
  const timeInput = (id: string, key: 'startTime' | 'endTime') => (
    <input id={id} type="time" value={form[key]} onChange={(event) => update({ [key]: event.target.value })} className={inputClass} />
  );
  return (
    <div className="space-y-4">
      <FieldGroup id="task-when" legend={t('when')} hint={t('whenHint')}>
        <div className="grid gap-2 sm:grid-cols-3">
          {kinds.map((kind) => (
            <Radio
              key={kind}
              name="when"
              value={kind}
              checked={form.when === kind}
              label={t(`whenKinds.${kind}`)}
              onChange={() => update({ when: kind })}
            />
          ))}
        </div>
      </FieldGroup>
      {form.when !== 'flexible' ? (
        <div className="grid grid-cols-2 gap-3">
          <Field id="task-start-day" label={form.when === 'period' ? t('startDay') : t('day')} error={errors.startsAt}>
            {dateInput('task-start-day', 'startDay', errors.startsAt)}
          </Field>
          <Field id="task-start-time" label={t('time')}>
            {timeInput('task-start-time', 'startTime')}
          </Field>
        </div>
      ) : null}
      {form.when === 'period' ? (
        <div className="grid grid-cols-2 gap-3">
          <Field id="task-end-day" label={t('endDay')} error={errors.endsAt}>
            {dateInput('task-end-day', 'endDay', errors.endsAt)}
          </Field>
          <Field id="task-end-time" label={t('time')}>
            {timeInput('task-end-time', 'endTime')}
          </Field>
        </div>
      ) : null}
    </div>
  );
}
