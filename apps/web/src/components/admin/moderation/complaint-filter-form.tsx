import { getTranslations } from 'next-intl/server';
import { ComplaintSource, QueueTargetType } from '@dastiyor/contracts/values';
import { inputClass } from '@/components/account/form-controls';
import { primaryButton } from '@/components/ui/button-styles';

/** A plain GET form: source and target type in the URL, the tab's status kept. */
export async function ComplaintFilterForm({ status, source, targetType }: { status: string; source?: string; targetType?: string }) {
  const t = await getTranslations('Admin.complaints');
  return (
    <form method="get" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <input type="hidden" name="status" value={status} />
      <div>
        <label htmlFor="complaints-source" className="mb-1 block text-sm font-semibold text-slate-800">
          {t('filter.source')}
        </label>
        <select id="complaints-source" name="source" defaultValue={source ?? ''} className={inputClass}>
          <option value="">{t('filter.any')}</option>
          {ComplaintSource.map((s) => (
            <option key={s} value={s}>
              {t(`sources.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="complaints-target" className="mb-1 block text-sm font-semibold text-slate-800">
          {t('filter.targetType')}
        </label>
        <select id="complaints-target" name="targetType" defaultValue={targetType ?? ''} className={inputClass}>
          <option value="">{t('filter.any')}</option>
          {QueueTargetType.map((type) => (
            <option key={type} value={type}>
              {t(`targets.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={primaryButton}>
        {t('filter.submit')}
      </button>
    </form>
  );
}
