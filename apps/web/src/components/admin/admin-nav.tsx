'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';

/** Sections of the admin panel, in the order of the issue; each key has a label in Admin.nav. */
export const adminSections = [
  { key: 'dashboard', href: '/admin' },
  { key: 'users', href: '/admin/users' },
  { key: 'tasks', href: '/admin/tasks' },
  { key: 'categories', href: '/admin/categories' },
  { key: 'plans', href: '/admin/plans' },
  { key: 'subscriptions', href: '/admin/subscriptions' },
  { key: 'payments', href: '/admin/payments' },
  { key: 'complaints', href: '/admin/complaints' },
  { key: 'moderation', href: '/admin/moderation' },
  { key: 'audit', href: '/admin/audit-log' },
  { key: 'settings', href: '/admin/settings' },
] as const;

/** A horizontal strip that scrolls on a phone and wraps on a tablet; the current section is marked. */
export function AdminNav() {
  const t = useTranslations('Admin.nav');
  const pathname = usePathname();
  const current = (href: string) => (href === '/admin' ? pathname === '/admin' : pathname.startsWith(href));
  return (
    <nav aria-label={t('label')} className="relative -mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-1 whitespace-nowrap sm:flex-wrap">
        {adminSections.map((s) => (
          <li key={s.key}>
            <Link
              href={s.href}
              aria-current={current(s.href) ? 'page' : undefined}
              className="inline-block rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {t(s.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
