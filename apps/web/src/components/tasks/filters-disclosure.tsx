'use client';

import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The feed's filters behind a "Filters" toggle. Closed on phones so the tasks come first; opened once on wide
 * screens, where there is room beside the list. Without JavaScript it is a plain <details> that opens on tap.
 */
export function FiltersDisclosure({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia('(min-width: 1024px)').matches) ref.current.open = true;
  }, []);
  return (
    <details ref={ref} className="group rounded-2xl border border-slate-200 bg-white shadow-sm">
      <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-3 px-4 font-semibold text-slate-900 [&::-webkit-details-marker]:hidden">
        {summary}
        <svg viewBox="0 0 20 20" aria-hidden="true" className="size-5 shrink-0 text-slate-500 transition-transform group-open:rotate-180">
          <path d="m5 8 5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </summary>
      <div className="border-t border-slate-100 p-4">{children}</div>
    </details>
  );
}
