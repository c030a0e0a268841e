import { getTranslations } from 'next-intl/server';
import type { TAdminUserSummary } from '@dastiyor/contracts';
import { Pill } from './table-parts';

/** Status, plus "verified" for a checked provider. */
export async function UserBadges({ user }: { user: Pick<TAdminUserSummary, 'status' | 'verified'> }) {
  const t = await getTranslations('Admin.users');
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Pill tone={user.status === 'blocked' ? 'red' : 'green'}>{t(`statuses.${user.status}`)}</Pill>
      {user.verified ? <Pill tone="brand">{t('verifiedBadge')}</Pill> : null}
    </span>
  );
}
