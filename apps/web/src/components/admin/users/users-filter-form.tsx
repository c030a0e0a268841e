import { getTranslations } from 'next-intl/server';
import { AdminUserRole, AdminUserStatus } from '@dastiyor/contracts/values';
import { inputClass } from '@/components/account/form-controls';
import { primaryButton } from '@/components/ui/button-styles';
import type { UsersFilter } from '@/lib/admin-users-api';

/** A plain GET form: the filter lives in the URL, so a search can be bookmarked and shared. */
export async function UsersFilterForm({ filter }: { filter: UsersFilter }) {
  const t = await getTranslations('Admin.users');
  return (
    <form
      method="get"
      role="search"
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end"
    >
      <div>
        <label htmlFor="users-q" className="mb-1 block text-sm font-semibold text-slate-800">
          {t('filter.q')}
        </label>
        <input
          id="users-q"
          name="q"
          type="search"
          defaultValue={filter.q ?? ''}
          maxLength={100}
          placeholder={t('filter.qHint')}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="users-role" className="mb-1 block text-sm font-semibold text-slate-800">
          {t('filter.role')}
        </label>
        <select id="users-role" name="role" defaultValue={filter.role ?? ''} className={inputClass}>
          <option value="">{t('filter.any')}</option>
          {AdminUserRole.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="users-status" className="mb-1 block text-sm font-semibold text-slate-800">
          {t('filter.status')}
        </label>
        <select id="users-status" name="status" defaultValue={filter.status ?? ''} className={inputClass}>
          <option value="">{t('filter.any')}</option>
          {AdminUserStatus.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
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
