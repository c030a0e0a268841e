'use client';

import { useTranslations } from 'next-intl';
import { FormNotice, smallButton } from '@/components/account/form-controls';
import { useProblemText } from '@/components/account/use-problem-text';
import { api, settle } from '@/lib/api-client';
import { useAdminAction } from '@/components/admin/use-admin-action';

/** The "verified" badge customers see on a provider's profile: give it or take it back. */
export function ProviderVerifyToggle({ userId, verified }: { userId: string; verified: boolean }) {
  const t = useTranslations('Admin.users.verify');
  const text = useProblemText();
  const { run, pending, problem } = useAdminAction();
  const alert = problem ? (problem.code === 'conflict' ? t('changedMeanwhile') : text.problem(problem)) : null;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{verified ? t('isVerified') : t('isNotVerified')}</p>
      <button
        type="button"
        className={smallButton}
        disabled={pending}
        onClick={() =>
          void run(() =>
            verified
              ? settle(api.POST('/api/v1/admin/users/{id}/unverify', { params: { path: { id: userId } } }))
              : settle(api.POST('/api/v1/admin/users/{id}/verify', { params: { path: { id: userId } } })),
          )
        }
      >
        {pending ? t('saving') : verified ? t('unverify') : t('verify')}
      </button>
      {alert ? <FormNotice tone="error">{alert}</FormNotice> : null}
    </div>
  );
}
