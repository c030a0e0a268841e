'use client';

import { useTranslations } from 'next-intl';
import { ProblemLine } from './problem-line';
import { api, settle } from '@/lib/api-client';
import { useAdminAction } from '@/components/admin/use-admin-action';

export function DeleteStopWordButton({ id, word }: { id: string; word: string }) {
  const t = useTranslations('Admin.moderation.stopWords');
  const { run, pending, problem } = useAdminAction();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() => run(() => settle(api.DELETE('/api/v1/admin/stop-words/{id}', { params: { path: { id } } })))}
        aria-label={t('delete', { word })}
        className="inline-flex size-8 items-center justify-center rounded-full text-slate-500 hover:bg-red-50 hover:text-red-700 disabled:opacity-50"
      >
        <span aria-hidden="true">×</span>
      </button>
      <ProblemLine problem={problem} />
    </>
  );
}
