import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Link } from '@/i18n/link';
import { resolveLocaleParam } from '@/lib/locale-param';
import { fetchAdminPlans, fetchAdminUser, isUuid } from '@/lib/admin-users-api';
import { SettingsSection } from '@/components/account/form-controls';
import { AuditTable } from '@/components/admin/audit/audit-table';
import { ManualActivationForm } from '@/components/admin/users/manual-activation-form';
import { ProviderVerifyToggle } from '@/components/admin/users/provider-verify-toggle';
import {
  UserComplaintsTable,
  UserPaymentsTable,
  UserPeriodsTable,
  UserResponsesTable,
  UserTasksTable,
} from '@/components/admin/users/user-activity-tables';
import { AdminUsersMessages } from '@/components/admin/users/admin-users-messages';
import { UserBadges } from '@/components/admin/users/user-badges';
import { UserBlockActions } from '@/components/admin/users/user-block-actions';
import { UserProfileCard } from '@/components/admin/users/user-profile-card';
import { Notice } from '@/components/ui/notice';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Admin.users' });
  return { title: t('detailTitle') };
}

/** A section that says how many there are in all when it shows only the newest. */
async function Part({
  id,
  title,
  total,
  shown,
  children,
}: {
  id: string;
  title: string;
  total: number;
  shown: number;
  children: ReactNode;
}) {
  const t = await getTranslations('Admin.users.sections');
  return (
    <SettingsSection id={id} title={`${title} (${total})`} lead={total > shown ? t('newestOf', { shown, total }) : undefined}>
      {total === 0 ? <p className="text-sm text-slate-600">{t('none')}</p> : children}
    </SettingsSection>
  );
}

/** One account as an admin sees it: who, what they did, what was done to them, and the actions on it. */
export default async function AdminUserPage({ params }: Props) {
  await resolveLocaleParam(params);
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const t = await getTranslations('Admin.users');
  const [result, plans] = await Promise.all([fetchAdminUser(id), fetchAdminPlans()]);

  if (result.status !== 'ok') {
    return (
      <div className="space-y-4">
        <Link href="/admin/users" className="text-sm text-brand-800 hover:underline">
          ← {t('backToList')}
        </Link>
        <Notice tone="error">{t('detailUnavailable')}</Notice>
      </div>
    );
  }
  const user = result.data;
  const activePlans = plans.status === 'ok' ? plans.data.items.filter((p) => p.isActive) : [];

  return (
    <div className="space-y-4">
      <Link href="/admin/users" className="text-sm text-brand-800 hover:underline">
        ← {t('backToList')}
      </Link>
      <header className="space-y-1">
        <p className="text-sm font-medium text-brand-800">{t(`roles.${user.role}`)}</p>
        <h1 className="text-2xl font-bold break-words text-slate-900">{user.name}</h1>
        <UserBadges user={user} />
      </header>

      <div className="grid gap-4 lg:grid-cols-2">
        <SettingsSection id="user-profile" title={t('profile.title')}>
          <UserProfileCard user={user} />
        </SettingsSection>
        <AdminUsersMessages>
          <div className="space-y-4">
            <SettingsSection id="user-block" title={user.status === 'blocked' ? t('block.unblockTitle') : t('block.title')}>
              <UserBlockActions user={user} />
            </SettingsSection>
            {user.role === 'provider' ? (
              <>
                <SettingsSection id="user-verify" title={t('verify.title')}>
                  <ProviderVerifyToggle userId={user.id} verified={user.verified} />
                </SettingsSection>
                <SettingsSection id="user-activation" title={t('activation.title')} lead={t('activation.lead')}>
                  <ManualActivationForm providerId={user.id} plans={activePlans} />
                </SettingsSection>
              </>
            ) : null}
          </div>
        </AdminUsersMessages>
      </div>

      {user.role !== 'provider' || user.tasks.total > 0 ? (
        <Part id="user-tasks" title={t('sections.tasks')} total={user.tasks.total} shown={user.tasks.items.length}>
          <UserTasksTable tasks={user.tasks.items} />
        </Part>
      ) : null}
      {user.role === 'provider' ? (
        <>
          <Part id="user-responses" title={t('sections.responses')} total={user.responses.total} shown={user.responses.items.length}>
            <UserResponsesTable responses={user.responses.items} />
          </Part>
          <Part
            id="user-subscriptions"
            title={t('sections.subscriptions')}
            total={user.subscriptions.total}
            shown={user.subscriptions.items.length}
          >
            <UserPeriodsTable periods={user.subscriptions.items} />
          </Part>
        </>
      ) : null}
      <Part id="user-payments" title={t('sections.payments')} total={user.payments.total} shown={user.payments.items.length}>
        <UserPaymentsTable payments={user.payments.items} />
      </Part>
      <Part
        id="user-complaints-about"
        title={t('sections.complaintsAbout')}
        total={user.complaintsAbout.total}
        shown={user.complaintsAbout.items.length}
      >
        <UserComplaintsTable complaints={user.complaintsAbout.items} label={t('sections.complaintsAbout')} />
      </Part>
      <Part
        id="user-complaints-by"
        title={t('sections.complaintsBy')}
        total={user.complaintsBy.total}
        shown={user.complaintsBy.items.length}
      >
        <UserComplaintsTable complaints={user.complaintsBy.items} label={t('sections.complaintsBy')} />
      </Part>
      <Part id="user-audit" title={t('sections.audit')} total={user.audit.total} shown={user.audit.items.length}>
        <div className="space-y-3">
          <AuditTable entries={user.audit.items} />
          {user.audit.total > user.audit.items.length ? (
            <Link href={`/admin/audit-log?targetId=${user.id}`} className="text-sm text-brand-800 hover:underline">
              {t('sections.auditAll')}
            </Link>
          ) : null}
        </div>
      </Part>
    </div>
  );
}
