import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { TAdminUserDetail } from '@dastiyor/contracts';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 py-2 sm:grid-cols-[12rem_1fr] sm:gap-3">
      <dt className="text-sm font-semibold text-slate-600">{term}</dt>
      <dd className="break-words text-slate-900">{children}</dd>
    </div>
  );
}

/** Who the account is: contacts and their verification, language, dates, the block, and the provider's profile. */
export async function UserProfileCard({ user }: { user: TAdminUserDetail }) {
  const t = await getTranslations('Admin.users.profile');
  const format = await getFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  const contact = (value: string | null, verifiedAt: string | null) =>
    value ? `${value} · ${verifiedAt ? t('confirmed', { date: when(verifiedAt) }) : t('notConfirmed')}` : '—';
  return (
    <dl className="divide-y divide-slate-100">
      <Row term={t('id')}>
        <code className="text-sm break-all">{user.id}</code>
      </Row>
      <Row term={t('email')}>{contact(user.email, user.emailVerifiedAt)}</Row>
      <Row term={t('phone')}>{contact(user.phone, user.phoneVerifiedAt)}</Row>
      <Row term={t('locale')}>{user.locale === 'tg' ? 'Тоҷикӣ' : 'Русский'}</Row>
      <Row term={t('createdAt')}>{when(user.createdAt)}</Row>
      {user.blockedAt ? (
        <Row term={t('blocked')}>
          {when(user.blockedAt)}
          {user.blockReason ? ` — ${user.blockReason}` : null}
        </Row>
      ) : null}
      {user.provider ? (
        <>
          <Row term={t('rating')}>
            {user.provider.ratingAverage === null
              ? t('noRating')
              : t('ratingValue', { rating: user.provider.ratingAverage, count: user.provider.reviewsCount })}
          </Row>
          <Row term={t('completed')}>{user.provider.completedCount}</Row>
          <Row term={t('skills')}>{user.provider.skills.length > 0 ? user.provider.skills.join(', ') : '—'}</Row>
          <Row term={t('description')}>
            <span className="whitespace-pre-line">{user.provider.description || '—'}</span>
          </Row>
          <Row term={t('verifiedAt')}>{user.provider.verifiedAt ? when(user.provider.verifiedAt) : '—'}</Row>
        </>
      ) : null}
    </dl>
  );
}
