'use client';

import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { TAdminPlan } from '@dastiyor/contracts';
import { describedBy, Field, FieldError, FormNotice, inputClass } from '@/components/account/form-controls';
import { primaryButton } from '@/components/ui/button-styles';
import { api, settle } from '@/lib/api-client';
import { useAdminAction } from '@/components/admin/use-admin-action';

/** Somoni as typed ("29", "29,50") to diram; NaN when it is not an amount with at most two decimals. */
export function somoniToDiram(text: string): number {
  const clean = text.replace(/\s/g, '').replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(clean) ? Math.round(Number(clean) * 100) : Number.NaN;
}

const int = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

function Check({ id, label, checked, onChange }: { id: string; label: ReactNode; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label htmlFor={id} className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} className="size-5" />
      {label}
    </label>
  );
}

/** Create a plan (with its code) or edit one (everything but the code). Prices are typed in somoni and sent in diram. */
export function PlanForm({ plan, onDone }: { plan?: TAdminPlan; onDone?: () => void }) {
  const t = useTranslations('Admin.plans.form');
  const action = useAdminAction();
  const prefix = plan ? `plan-${plan.code}` : 'plan-new';
  const [v, setV] = useState({
    code: plan?.code ?? '',
    nameRu: plan?.name.ru ?? '',
    nameTg: plan?.name.tg ?? '',
    descriptionRu: plan?.description?.ru ?? '',
    descriptionTg: plan?.description?.tg ?? '',
    durationDays: String(plan?.durationDays ?? 30),
    unlimited: plan ? plan.dailyResponseLimit === null : false,
    dailyResponseLimit: String(plan?.dailyResponseLimit ?? 10),
    priority: plan?.priority ?? false,
    highlighted: plan?.highlighted ?? false,
    price: plan ? String(plan.price / 100) : '',
    trialDays: String(plan?.trialDays ?? 0),
    isActive: plan?.isActive ?? true,
    sortOrder: String(plan?.sortOrder ?? 100),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) => setV((old) => ({ ...old, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const local: Record<string, string> = {};
    const price = somoniToDiram(v.price);
    const duration = int(v.durationDays);
    const limit = int(v.dailyResponseLimit);
    const trial = int(v.trialDays);
    const sort = int(v.sortOrder);
    if (!plan && !/^[a-z][a-z0-9_-]{1,31}$/.test(v.code)) local.code = t('codeInvalid');
    if (!v.nameRu.trim()) local['name.ru'] = t('required');
    if (!v.nameTg.trim()) local['name.tg'] = t('required');
    if (Boolean(v.descriptionRu.trim()) !== Boolean(v.descriptionTg.trim())) local.description = t('descriptionBoth');
    if (!(duration >= 1 && duration <= 366)) local.durationDays = t('range', { min: 1, max: 366 });
    if (!v.unlimited && !(limit >= 1 && limit <= 1000)) local.dailyResponseLimit = t('range', { min: 1, max: 1000 });
    if (!(price >= 0 && price <= 10_000_000)) local.price = t('priceInvalid');
    if (!(trial >= 0 && trial <= 90)) local.trialDays = t('range', { min: 0, max: 90 });
    if (!(sort >= 0 && sort <= 10_000)) local.sortOrder = t('range', { min: 0, max: 10_000 });
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const body = {
      name: { ru: v.nameRu.trim(), tg: v.nameTg.trim() },
      description: v.descriptionRu.trim() ? { ru: v.descriptionRu.trim(), tg: v.descriptionTg.trim() } : null,
      durationDays: duration,
      dailyResponseLimit: v.unlimited ? null : limit,
      priority: v.priority,
      highlighted: v.highlighted,
      price,
      trialDays: trial,
      isActive: v.isActive,
      sortOrder: sort,
    };
    const ok = plan
      ? await action.run(() => settle(api.PATCH('/api/v1/admin/plans/{id}', { params: { path: { id: plan.id } }, body })))
      : await action.run(() => settle(api.POST('/api/v1/admin/plans', { body: { code: v.code, ...body } })));
    if (ok) {
      setSaved(true);
      onDone?.();
    }
  }

  const apiErrors = action.problem?.fieldErrors ?? {};
  const error = (field: string) => errors[field] ?? (Object.keys(apiErrors).some((k) => k.startsWith(field)) ? t('invalid') : undefined);
  const text = (
    field: keyof typeof v,
    label: string,
    options: { hint?: string; className?: string; inputMode?: 'numeric' | 'decimal' } = {},
  ) => {
    const id = `${prefix}-${field}`;
    const errorText = error(field === 'nameRu' ? 'name.ru' : field === 'nameTg' ? 'name.tg' : field);
    return (
      <Field id={id} label={label} hint={options.hint} error={errorText}>
        <input
          id={id}
          value={String(v[field])}
          inputMode={options.inputMode}
          onChange={(event) => set(field, event.target.value as never)}
          aria-invalid={errorText ? true : undefined}
          aria-describedby={describedBy(id, { hint: options.hint, error: errorText })}
          className={`${inputClass} ${options.className ?? ''}`}
        />
      </Field>
    );
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2">
        {plan ? null : text('code', t('code'), { hint: t('codeHint') })}
        {text('nameRu', t('nameRu'))}
        {text('nameTg', t('nameTg'))}
        {text('descriptionRu', t('descriptionRu'))}
        {text('descriptionTg', t('descriptionTg'))}
      </div>
      <FieldError id={`${prefix}-description`}>{error('description')}</FieldError>
      <div className="grid gap-3 sm:grid-cols-3">
        {text('price', t('price'), { inputMode: 'decimal', hint: t('priceHint') })}
        {text('durationDays', t('durationDays'), { inputMode: 'numeric' })}
        {text('trialDays', t('trialDays'), { inputMode: 'numeric' })}
        <div>
          {v.unlimited ? null : text('dailyResponseLimit', t('dailyResponseLimit'), { inputMode: 'numeric' })}
          <Check id={`${prefix}-unlimited`} label={t('unlimited')} checked={v.unlimited} onChange={(x) => set('unlimited', x)} />
        </div>
        {text('sortOrder', t('sortOrder'), { inputMode: 'numeric', hint: t('sortOrderHint') })}
      </div>
      <div className="flex flex-wrap gap-x-6">
        <Check id={`${prefix}-priority`} label={t('priority')} checked={v.priority} onChange={(x) => set('priority', x)} />
        <Check id={`${prefix}-highlighted`} label={t('highlighted')} checked={v.highlighted} onChange={(x) => set('highlighted', x)} />
        <Check id={`${prefix}-active`} label={t('isActive')} checked={v.isActive} onChange={(x) => set('isActive', x)} />
      </div>
      {saved ? <FormNotice tone="success">{plan ? t('saved') : t('created')}</FormNotice> : null}
      {action.problem?.code === 'plans.code_taken' ? <FormNotice tone="error">{t('codeTaken')}</FormNotice> : null}
      {action.error && action.problem?.code !== 'plans.code_taken' && Object.keys(apiErrors).length === 0 ? (
        <FormNotice tone="error">{action.error}</FormNotice>
      ) : null}
      <button type="submit" disabled={action.pending} className={`${primaryButton} disabled:opacity-70`}>
        {plan ? t('save') : t('create')}
      </button>
    </form>
  );
}
