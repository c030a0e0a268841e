import { getFormatter, getTranslations } from 'next-intl/server';
import type { TAdminUserSummary } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import { bodyClass, HeadRow, TableBox, Td, Th } from './table-parts';
import { UserBadges } from './user-badges';

export async function UsersTable({ users }: { users: TAdminUserSummary[] }) {
  const t = await getTranslations('Admin.users');
  const format = await getFormatter();
  return (
    <TableBox label={t('table.label')}>
      <HeadRow>
        <Th>{t('table.name')}</Th>
        <Th>{t('table.role')}</Th>
        <Th>{t('table.status')}</Th>
        <Th>{t('table.contacts')}</Th>
        <Th>{t('table.createdAt')}</Th>
      </HeadRow>
      <tbody className={bodyClass}>
        {users.map((user) => (
          <tr key={user.id}>
            <Td>
              <Link href={`/admin/users/${user.id}`} className="font-semibold text-brand-800 underline-offset-2 hover:underline">
                {user.name}
              </Link>
            </Td>
            <Td nowrap>{t(`roles.${user.role}`)}</Td>
            <Td>
              <UserBadges user={user} />
            </Td>
            <Td>
              {user.email ? <span className="block break-all">{user.email}</span> : null}
              {user.phone ? <span className="block whitespace-nowrap">{user.phone}</span> : null}
            </Td>
            <Td nowrap>{format.dateTime(new Date(user.createdAt), { dateStyle: 'short', timeStyle: 'short' })}</Td>
          </tr>
        ))}
      </tbody>
    </TableBox>
  );
}
