'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { dangerButton, inputClass, smallButton } from '@/components/account/form-controls';
import { ProblemLine } from './problem-line';
import { api, settle } from '@/lib/api-client';
import { useAdminAction } from '@/components/admin/use-admin-action';

/** Resolve (acted on) or reject (nothing to do) an open complaint; a note is required either way. */
export function CloseComplaintForm({ complaintId }: { complaintId: string }) {
  const t = useTranslations('Admin.complaints');
  const id = useId();
  const [note, setNote] = useState('');
  const { run, pending, problem } = useAdminAction();
  const close = (verb: 'resolve' | 'reject') =>
    run(() => {
      const closing = { params: { path: { id: complaintId } }, body: { note: note.trim() } };
      return verb === 'resolve'
        ? settle(api.POST('/api/v1/admin/complaints/{id}/resolve', closing))
        : settle(api.POST('/api/v1/admin/complaints/{id}/reject', closing));
    });
  const ready = note.trim().length >= 3 && !pending;
  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-note`} className="block text-sm font-semibold text-slate-800">
        {t('note')}
      </label>
      <textarea
        id={`${id}-note`}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        rows={2}
        maxLength={1000}
        placeholder={t('notePlaceholder')}
        className={inputClass}
      />
      <ProblemLine problem={problem} />
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={!ready} onClick={() => close('resolve')} className={smallButton}>
          {t('resolve')}
        </button>
        <button type="button" disabled={!ready} onClick={() => close('reject')} className={dangerButton}>
          {t('reject')}
        </button>
      </div>
    </div>
  );
}
