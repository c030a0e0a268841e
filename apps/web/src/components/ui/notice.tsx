import type { ReactNode } from 'react';

/** A calm inline message for empty lists and for data the API could not deliver. */
export function Notice({ tone, children }: { tone: 'empty' | 'error'; children: ReactNode }) {
  const colours = tone === 'error' ? 'border-amber-200 bg-amber-50 text-amber-900' : 'border-slate-200 bg-white text-slate-600';
  return (
    <p role={tone === 'error' ? 'status' : undefined} className={`rounded-xl border px-4 py-5 text-center text-sm ${colours}`}>
      {children}
    </p>
  );
}
