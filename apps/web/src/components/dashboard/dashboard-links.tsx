import type { ComponentProps } from 'react';
import { Link } from '@/i18n/link';

export interface DashboardLink {
  key: string;
  href: ComponentProps<typeof Link>['href'];
  label: string;
  hint?: string;
}

/** The places a dashboard leads to, as large tappable cards. */
export function DashboardLinks({ links, label }: { links: DashboardLink[]; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="grid gap-2 sm:grid-cols-2">
        {links.map((link) => (
          <li key={link.key}>
            <Link
              href={link.href}
              className="flex min-h-14 items-center justify-between gap-3 rounded-xl bg-white px-4 py-3 ring-1 ring-slate-200 hover:ring-brand-600"
            >
              <span className="min-w-0">
                <span className="block font-semibold text-slate-900">{link.label}</span>
                {link.hint ? <span className="block text-sm text-slate-600">{link.hint}</span> : null}
              </span>
              <span aria-hidden="true" className="text-slate-400">
                →
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
