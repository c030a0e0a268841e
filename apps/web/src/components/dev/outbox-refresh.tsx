'use client';

import { useEffect, useState, useTransition } from 'react';
// next/navigation's router: refresh needs no locale, and next-intl's would need a message provider here.
import { useRouter } from 'next/navigation';

const everyMs = 5000;

/** Re-reads the outbox on demand or every few seconds while ticked (for waiting on a code). */
export function OutboxRefresh({ refreshLabel, autoLabel }: { refreshLabel: string; autoLabel: string }) {
  const router = useRouter();
  const [auto, setAuto] = useState(false);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (!auto) return;
    const timer = window.setInterval(() => startTransition(() => router.refresh()), everyMs);
    return () => window.clearInterval(timer);
  }, [auto, router]);

  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <button
        type="button"
        onClick={() => startTransition(() => router.refresh())}
        disabled={pending}
        className="inline-flex min-h-10 items-center rounded-lg border border-slate-300 bg-white px-3.5 text-sm font-semibold text-slate-800 hover:border-brand-600 disabled:opacity-60"
      >
        {refreshLabel}
      </button>
      <label className="flex min-h-10 items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" className="size-4 accent-brand-700" checked={auto} onChange={(event) => setAuto(event.target.checked)} />
        {autoLabel}
      </label>
    </div>
  );
}
