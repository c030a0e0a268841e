'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { TCategory } from '@dastiyor/contracts';
import { FieldGroup } from './form-controls';

export const maxCategories = 40;

const checkboxClass = 'size-5 shrink-0 rounded border-slate-300 accent-brand-700';

function CheckRow({ label, checked, disabled, onToggle }: { label: string; checked: boolean; disabled: boolean; onToggle: () => void }) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-2 py-1.5 text-slate-800 hover:bg-slate-50 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60">
      <input type="checkbox" className={checkboxClass} checked={checked} disabled={disabled} onChange={onToggle} />
      <span className="min-w-0 break-words">{label}</span>
    </label>
  );
}

/**
 * Service subcategories grouped under their categories, each group folded so fourteen of them fit a phone
 * screen; a group shows how many of its items are chosen. A whole category (a top-level id, which the API
 * also accepts) appears only when the profile already has one, so it can be unticked.
 */
export function CategoryChecklist({
  id,
  categories,
  selected,
  error,
  onChange,
}: {
  id: string;
  categories: TCategory[];
  selected: ReadonlySet<string>;
  error?: string;
  onChange: (next: Set<string>) => void;
}) {
  const t = useTranslations('Account.categories');
  const locale = useLocale();
  // Groups with something chosen start open; after that, opening and closing is the person's business.
  const [initiallyOpen] = useState(
    () => new Set(categories.filter((c) => selected.has(c.id) || c.children.some((s) => selected.has(s.id))).map((c) => c.id)),
  );
  const full = selected.size >= maxCategories;

  const toggle = (categoryId: string) => {
    const next = new Set(selected);
    if (next.has(categoryId)) next.delete(categoryId);
    else next.add(categoryId);
    onChange(next);
  };

  return (
    <FieldGroup id={id} legend={t('label')} hint={t('hint', { count: selected.size, max: maxCategories })} error={error}>
      <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200">
        {categories.map((category) => {
          const chosen = category.children.filter((s) => selected.has(s.id)).length + (selected.has(category.id) ? 1 : 0);
          return (
            <li key={category.id}>
              <details open={initiallyOpen.has(category.id) || undefined} className="group">
                <summary className="flex min-h-12 cursor-pointer list-none items-center gap-3 px-3 py-2 hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
                  <span className="min-w-0 flex-1 font-medium break-words text-slate-900">{category.name[locale]}</span>
                  {chosen > 0 ? (
                    <span className="shrink-0 rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">
                      {t('chosen', { count: chosen })}
                    </span>
                  ) : null}
                  <svg
                    viewBox="0 0 20 20"
                    aria-hidden="true"
                    className="size-5 shrink-0 text-slate-500 transition-transform group-open:rotate-180"
                  >
                    <path d="m5 8 5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
                  </svg>
                </summary>
                <div className="grid gap-x-4 border-t border-slate-100 bg-white px-1 py-1 sm:grid-cols-2">
                  {selected.has(category.id) ? (
                    <CheckRow
                      label={t('whole', { name: category.name[locale] })}
                      checked
                      disabled={false}
                      onToggle={() => toggle(category.id)}
                    />
                  ) : null}
                  {category.children.map((sub) => {
                    const checked = selected.has(sub.id);
                    return (
                      <CheckRow
                        key={sub.id}
                        label={sub.name[locale]}
                        checked={checked}
                        disabled={!checked && full}
                        onToggle={() => toggle(sub.id)}
                      />
                    );
                  })}
                </div>
              </details>
            </li>
          );
        })}
      </ul>
    </FieldGroup>
  );
}
