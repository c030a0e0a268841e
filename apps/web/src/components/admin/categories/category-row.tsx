'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { type TAdminSubcategory, type TCategoryIconName } from '@dastiyor/contracts';
import { CategoryIconName } from '@dastiyor/contracts/values';
import { useRouter } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { api, settle } from '@/lib/api-client';
import type { ApiCallResult } from '@/lib/problem-client';
import { problemMessage } from '@/lib/problem-messages';
import { FormNotice, inputClass, smallButton } from '@/components/account/form-controls';
import { CategoryIcon } from '@/components/icons/category-icon';

const iconButton =
  'inline-flex size-10 items-center justify-center rounded-lg border border-slate-300 bg-white text-slate-700 hover:border-brand-600 disabled:cursor-not-allowed disabled:opacity-40';

/** The icon as the API's enum ('' for none); the stored icons all come from it (create, update and the seed check them). */
const iconNamed = (value: string | null): TCategoryIconName | '' => CategoryIconName.find((key) => key === value) ?? '';

/** One category: its names, icon and state, moved up or down among its siblings, edited in place, switched on or off. */
export function CategoryRow({
  category,
  siblingIds,
  index,
  locale,
}: {
  category: TAdminSubcategory;
  siblingIds: string[];
  index: number;
  locale: AppLocale;
}) {
  const t = useTranslations('Admin.categories');
  const tProblems = useTranslations('Problems');
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [ru, setRu] = useState(category.name.ru);
  const [tg, setTg] = useState(category.name.tg);
  const [icon, setIcon] = useState(() => iconNamed(category.icon));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isTop = category.parentId === null;

  async function run(call: () => Promise<ApiCallResult<unknown>>) {
    setBusy(true);
    setError(null);
    const result = await call();
    setBusy(false);
    if (!result.ok) {
      setError(problemMessage(result.problem, tProblems));
      return false;
    }
    router.refresh();
    return true;
  }

  const move = (delta: -1 | 1) => {
    const ids = [...siblingIds];
    const [moved] = ids.splice(index, 1);
    ids.splice(index + delta, 0, moved!);
    void run(() => settle(api.POST('/api/v1/admin/categories/reorder', { body: { parentId: category.parentId, ids } })));
  };
  const path = { id: category.id };
  const toggle = () =>
    void run(() => settle(api.PATCH('/api/v1/admin/categories/{id}', { params: { path }, body: { isActive: !category.isActive } })));
  async function save() {
    if (!ru.trim() || !tg.trim()) {
      setError(t('nameRequired'));
      return;
    }
    const body = { name: { ru: ru.trim(), tg: tg.trim() }, ...(isTop || icon ? { icon: icon || null } : {}) };
    if (await run(() => settle(api.PATCH('/api/v1/admin/categories/{id}', { params: { path }, body })))) setEditing(false);
  }

  const name = category.name[locale];
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className={`shrink-0 ${isTop ? 'text-brand-700' : 'text-slate-400'}`}>
          <CategoryIcon name={category.icon} className={isTop ? 'size-6' : 'size-4'} />
        </span>
        <div className="min-w-0 flex-1">
          <p
            className={`break-words ${isTop ? 'font-bold text-slate-900' : 'text-slate-800'} ${category.takesNewTasks ? '' : 'opacity-60'}`}
          >
            {name}
            {!category.isActive ? (
              <span className="ml-2 rounded-full bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-700">{t('inactive')}</span>
            ) : !category.takesNewTasks ? (
              <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-600">{t('parentInactive')}</span>
            ) : null}
          </p>
          <p className="text-xs text-slate-500">
            {category.slug} · {t('tasksCount', { count: category.tasksCount })}
          </p>
        </div>
        <div className="flex flex-wrap gap-1.5">
          <button
            type="button"
            className={iconButton}
            disabled={busy || index === 0}
            onClick={() => move(-1)}
            aria-label={t('moveUp', { name })}
          >
            ↑
          </button>
          <button
            type="button"
            className={iconButton}
            disabled={busy || index === siblingIds.length - 1}
            onClick={() => move(1)}
            aria-label={t('moveDown', { name })}
          >
            ↓
          </button>
          <button type="button" className={smallButton} disabled={busy} onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
            {t('edit')}
          </button>
          <button type="button" className={smallButton} disabled={busy} onClick={toggle}>
            {category.isActive ? t('deactivate') : t('activate')}
          </button>
        </div>
      </div>
      {editing ? (
        <div className="grid gap-2 rounded-xl border border-slate-200 bg-slate-50 p-3 sm:grid-cols-3">
          <label className="text-sm font-semibold text-slate-800">
            {t('nameRu')}
            <input value={ru} onChange={(e) => setRu(e.target.value)} maxLength={80} lang="ru" className={`${inputClass} mt-1`} />
          </label>
          <label className="text-sm font-semibold text-slate-800">
            {t('nameTg')}
            <input value={tg} onChange={(e) => setTg(e.target.value)} maxLength={80} lang="tg" className={`${inputClass} mt-1`} />
          </label>
          <label className="text-sm font-semibold text-slate-800">
            {t('icon')}
            <select value={icon} onChange={(e) => setIcon(iconNamed(e.target.value))} className={`${inputClass} mt-1`}>
              <option value="">{t('noIcon')}</option>
              {CategoryIconName.map((key) => (
                <option key={key} value={key}>
                  {t(`icons.${key}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="flex flex-wrap gap-2 sm:col-span-3">
            <button type="button" className={smallButton} disabled={busy} onClick={() => void save()}>
              {busy ? t('saving') : t('save')}
            </button>
            <button type="button" className={smallButton} disabled={busy} onClick={() => setEditing(false)}>
              {t('close')}
            </button>
          </div>
        </div>
      ) : null}
      {error ? <FormNotice tone="error">{error}</FormNotice> : null}
    </div>
  );
}
