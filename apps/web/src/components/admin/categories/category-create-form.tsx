'use client';

import { type FormEvent, useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { type TCategoryIconName } from '@dastiyor/contracts';
import { CategoryIconName, categorySlugPattern } from '@dastiyor/contracts/values';
import { useRouter } from '@/i18n/navigation';
import { api, settle } from '@/lib/api-client';
import { fieldErrorFor } from '@/lib/problem-client';
import { problemMessage } from '@/lib/problem-messages';
import { Field, FormNotice, describedBy, inputClass, smallButton } from '@/components/account/form-controls';

/** A new top-level category (parentId null) or a subcategory of `parentId`; it lands at the end of its level. */
export function CategoryCreateForm({ parentId }: { parentId: string | null }) {
  const t = useTranslations('Admin.categories');
  const tProblems = useTranslations('Problems');
  const router = useRouter();
  const id = useId();
  const [ru, setRu] = useState('');
  const [tg, setTg] = useState('');
  const [slug, setSlug] = useState('');
  const [icon, setIcon] = useState<TCategoryIconName | ''>('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ name?: string; slug?: string; alert?: string }>({});
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: typeof errors = {};
    if (!ru.trim() || !tg.trim()) next.name = t('nameRequired');
    if (slug.trim() && !categorySlugPattern.test(slug.trim())) next.slug = t('create.slugInvalid');
    setErrors(next);
    setDone(false);
    if (next.name || next.slug) return;
    setBusy(true);
    const body = {
      parentId,
      name: { ru: ru.trim(), tg: tg.trim() },
      ...(slug.trim() ? { slug: slug.trim() } : {}),
      ...(icon ? { icon } : {}),
    };
    const result = await settle(api.POST('/api/v1/admin/categories', { body }));
    setBusy(false);
    if (!result.ok) {
      if (result.problem.code === 'catalog.slug_taken') setErrors({ slug: t('create.slugTaken') });
      else if (fieldErrorFor(result.problem.fieldErrors, 'slug')) setErrors({ slug: t('create.slugInvalid') });
      else setErrors({ alert: problemMessage(result.problem, tProblems) });
      return;
    }
    setRu('');
    setTg('');
    setSlug('');
    setIcon('');
    setDone(true);
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="grid gap-3 sm:grid-cols-2">
      <Field id={`${id}-ru`} label={t('nameRu')} error={errors.name}>
        <input
          id={`${id}-ru`}
          value={ru}
          onChange={(e) => setRu(e.target.value)}
          maxLength={80}
          lang="ru"
          className={inputClass}
          aria-invalid={Boolean(errors.name) && !ru.trim()}
          aria-describedby={describedBy(`${id}-ru`, { error: errors.name })}
        />
      </Field>
      <Field id={`${id}-tg`} label={t('nameTg')}>
        <input
          id={`${id}-tg`}
          value={tg}
          onChange={(e) => setTg(e.target.value)}
          maxLength={80}
          lang="tg"
          className={inputClass}
          aria-invalid={Boolean(errors.name) && !tg.trim()}
        />
      </Field>
      <Field id={`${id}-slug`} label={t('create.slug')} hint={t('create.slugHint')} error={errors.slug}>
        <input
          id={`${id}-slug`}
          value={slug}
          onChange={(e) => setSlug(e.target.value)}
          maxLength={60}
          autoCapitalize="none"
          spellCheck={false}
          className={inputClass}
          aria-invalid={Boolean(errors.slug)}
          aria-describedby={describedBy(`${id}-slug`, { hint: true, error: errors.slug })}
        />
      </Field>
      <Field id={`${id}-icon`} label={t('icon')}>
        <select
          id={`${id}-icon`}
          value={icon}
          onChange={(e) => setIcon(CategoryIconName.find((key) => key === e.target.value) ?? '')}
          className={inputClass}
        >
          <option value="">{t('noIcon')}</option>
          {CategoryIconName.map((key) => (
            <option key={key} value={key}>
              {t(`icons.${key}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button type="submit" className={smallButton} disabled={busy}>
          {busy ? t('saving') : t('create.submit')}
        </button>
        {done ? <FormNotice tone="success">{t('create.done')}</FormNotice> : null}
      </div>
      {errors.alert ? (
        <div className="sm:col-span-2">
          <FormNotice tone="error">{errors.alert}</FormNotice>
        </div>
      ) : null}
    </form>
  );
}
