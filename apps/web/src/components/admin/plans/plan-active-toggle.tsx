'use client';

import { useTranslations } from 'next-intl';
import { dangerButton, smallButton } from '@/components/account/form-controls';
import { api, settle } from '@/lib/api-client';
import { useAdminAction } from '@/components/admin/use-admin-action';

/** Takes a plan off sale or puts it back (PATCH isActive); running periods are not touched. */
export function PlanActiveToggle({ planId, isActive }: { planId: string; isActive: boolean }) {
  const t = useTranslations('Admin.plans');
  const action = useAdminAction();
  return (
    <div className="space-y-1">
      <button
        type="button"
        disabled={action.pending}
        onClick={() =>
          void action.run(() =>
            settle(api.PATCH('/api/v1/admin/plans/{id}', { params: { path: { id: planId } }, body: { isActive: !isActive } })),
          )
        }
        className={isActive ? dangerButton : smallButton}
      >
        {isActive ? t('disable') : t('enable')}
      </button>
      {action.error ? <p className="text-sm text-red-700">{action.error}</p> : null}
    </div>
  );
}
