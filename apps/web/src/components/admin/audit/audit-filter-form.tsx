import { getTranslations } from 'next-intl/server';
import { inputClass } from '@/components/account/form-controls';
import { primaryButton } from '@/components/ui/button-styles';
import type { AuditFilter } from '@/lib/admin-users-api';

const fieldLabel = 'mb-1 block text-sm font-semibold text-slate-800';

/** A plain GET form; the dates are Dushanbe days, both ends included. */
export async function AuditFilterForm({ filter }: { filter: AuditFilter }) {
  const t = await getTranslations('Admin.audit.filter');
  return (
    <form method="get" role="search" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-3">
      <div>
        <label htmlFor="audit-action" className={fieldLabel}>
          {t('action')}
        </label>
        <input
          id="audit-action"
          name="action"
          defaultValue={filter.action ?? ''}
          maxLength={100}
          placeholder="user.block"
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="audit-actor" className={fieldLabel}>
          {t('actorId')}
        </label>
        <input id="audit-actor" name="actorId" defaultValue={filter.actorId ?? ''} pattern="[0-9a-fA-F-]{36}" className={inputClass} />
      </div>
      <div>
        <label htmlFor="audit-target" className={fieldLabel}>
          {t('targetId')}
        </label>
        <input id="audit-target" name="targetId" defaultValue={filter.targetId ?? ''} pattern="[0-9a-fA-F-]{36}" className={inputClass} />
      </div>
      <div>
        <label htmlFor="audit-from" className={fieldLabel}>
          {t('from')}
        </label>
        <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ''} className={inputClass} />
      </div>
      <div>
        <label htmlFor="audit-to" className={fieldLabel}>
          {t('to')}
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ''} className={inputClass} />
      </div>
      <div className="flex items-end">
        <button type="submit" className={`${primaryButton} w-full`}>
          {t('submit')}
        </button>
      </div>
      <p className="text-sm text-slate-500 sm:col-span-2 lg:col-span-3">{t('hint')}</p>
    </form>
  );
}
