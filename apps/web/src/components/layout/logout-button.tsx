'use client';

import { useState } from 'react';
import { api, settle } from '@/lib/api-client';

function LogoutIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      className="size-5 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 17l-5-5 5-5M5 12h11" />
    </svg>
  );
}

/**
 * Ends the session on the API, then loads the home page afresh so nothing private stays on screen or in
 * the router cache (phones here are often shared). An icon on phones, icon and word from `sm` up.
 */
export function LogoutButton({
  label,
  pendingLabel,
  failedLabel,
  homePath,
}: {
  label: string;
  pendingLabel: string;
  failedLabel: string;
  homePath: string;
}) {
  const [state, setState] = useState<'idle' | 'sending' | 'failed'>('idle');

  async function logout() {
    setState('sending');
    const result = await settle(api.POST('/api/v1/auth/logout'));
    if (result.ok) window.location.assign(homePath);
    else setState('failed');
  }

  return (
    <>
      <button
        type="button"
        onClick={logout}
        disabled={state === 'sending'}
        title={label}
        className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center gap-2 rounded-lg text-sm font-semibold text-slate-700 hover:bg-slate-100 hover:text-brand-800 disabled:opacity-60 sm:px-3"
      >
        <LogoutIcon />
        <span className="sr-only sm:not-sr-only">{state === 'sending' ? pendingLabel : label}</span>
      </button>
      {state === 'failed' ? (
        <p
          role="alert"
          className="absolute inset-x-4 top-full z-10 mt-2 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800 shadow-sm sm:left-auto sm:max-w-sm"
        >
          {failedLabel}
        </p>
      ) : null}
    </>
  );
}
