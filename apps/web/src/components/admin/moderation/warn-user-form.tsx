'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { inputClass } from '@/components/account/form-controls';
import { primaryButton } from '@/components/ui/button-styles';
import { api, settle } from '@/lib/api-client';
import type { ClientProblem } from '@/lib/problem-client';
import { ProblemLine } from './problem-line';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A warning to one user: an in-app notification and an email with this text. */
export function WarnUserForm({ defaultUserId }: { defaultUserId: string }) {
  const t = useTranslations('Admin.moderation.warn');
  const [userId, setUserId] = useState(defaultUserId);
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ClientProblem | null>(null);
  const [sent, setSent] = useState(false);
  const ready = uuidPattern.test(userId.trim()) && message.trim().length >= 3 && !pending;
  return (
    <form
      className="space-y-3"
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        setProblem(null);
        setSent(false);
        const warning = { params: { path: { id: userId.trim() } }, body: { message: message.trim() } };
        const result = await settle(api.POST('/api/v1/admin/users/{id}/warn', warning));
        setPending(false);
        if (!result.ok) return setProblem(result.problem);
        setSent(true);
        setMessage('');
      }}
    >
      <div>
        <label htmlFor="warn-user" className="mb-1 block text-sm font-semibold text-slate-800">
          {t('userId')}
        </label>
        <input id="warn-user" value={userId} onChange={(e) => setUserId(e.target.value)} maxLength={36} className={inputClass} />
      </div>
      <div>
        <label htmlFor="warn-message" className="mb-1 block text-sm font-semibold text-slate-800">
          {t('message')}
        </label>
        <textarea
          id="warn-message"
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          rows={3}
          maxLength={1000}
          placeholder={t('placeholder')}
          className={inputClass}
        />
      </div>
      <ProblemLine problem={problem} />
      {sent ? (
        <p role="status" className="text-sm font-medium text-emerald-800">
          {t('sent')}
        </p>
      ) : null}
      <button type="submit" disabled={!ready} className={primaryButton}>
        {t('send')}
      </button>
    </form>
  );
}
