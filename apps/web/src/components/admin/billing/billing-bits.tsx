import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { smallButton } from '@/components/account/form-controls';

const tones: Record<string, string> = {
  active: 'bg-emerald-100 text-emerald-900',
  succeeded: 'bg-emerald-100 text-emerald-900',
  upcoming: 'bg-sky-100 text-sky-900',
  pending: 'bg-slate-100 text-slate-700',
  cancelled: 'bg-amber-100 text-amber-900',
  refunded: 'bg-amber-100 text-amber-900',
  expired: 'bg-slate-100 text-slate-700',
  revoked: 'bg-red-100 text-red-800',
  failed: 'bg-red-100 text-red-800',
};

export function StatusBadge({ status, children }: { status: string; children: ReactNode }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${tones[status] ?? tones.pending}`}>
      {children}
    </span>
  );
}

/** Name with phone and email under it. */
export function PersonCell({ person }: { person: { id: string; name: string; phone: string | null; email: string | null } }) {
  return (
    <div className="min-w-40">
      <div className="font-medium text-slate-900">{person.name}</div>
      {person.phone ? <div className="text-xs text-slate-600">{person.phone}</div> : null}
      {person.email ? <div className="text-xs break-all text-slate-600">{person.email}</div> : null}
      <div className="font-mono text-[11px] break-all text-slate-400">{person.id}</div>
    </div>
  );
}

/** A date and time in Dushanbe, short. */
export function formatDushanbe(iso: string | null, locale: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale === 'tg' ? 'ru' : locale, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Asia/Dushanbe',
  }).format(new Date(iso));
}

/** The filters of a list as one plain GET form: the URL holds them, so a filtered page can be shared or reloaded. */
export async function FilterForm({ children, resetHref }: { children: ReactNode; resetHref: '/admin/subscriptions' | '/admin/payments' }) {
  const t = await getTranslations('Admin.billing');
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-3 sm:p-4">
      {children}
      <div className="flex gap-2">
        <button type="submit" className={smallButton}>
          {t('apply')}
        </button>
        <Link href={resetHref} className={smallButton}>
          {t('reset')}
        </Link>
      </div>
    </form>
  );
}

/** One labelled control of a FilterForm. */
export function FilterField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-semibold text-slate-800">
        {label}
      </label>
      {children}
    </div>
  );
}

export const filterInput =
  'block min-h-10 rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 text-base text-slate-900 focus:border-brand-600 sm:text-sm';

/** The first value of a search param. */
export const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
