import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { TAdminUserDetail } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import { formatSomoni } from '@/lib/money';
import { bodyClass, HeadRow, Pill, type PillTone, TableBox, Td, Th } from './table-parts';

type Detail = TAdminUserDetail;

async function tools() {
  const t = await getTranslations('Admin.users.sections');
  const format = await getFormatter();
  const locale = await getLocale();
  const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: 'short', timeStyle: 'short' }) : '—');
  const money = (diram: number) => `${formatSomoni(diram, locale)} TJS`;
  return { t, when, money, locale: locale === 'tg' ? ('tg' as const) : ('ru' as const) };
}

const linkClass = 'text-brand-800 underline-offset-2 hover:underline';

export async function UserTasksTable({ tasks }: { tasks: Detail['tasks']['items'] }) {
  const { t, when } = await tools();
  return (
    <TableBox label={t('tasks')}>
      <HeadRow>
        <Th>{t('title')}</Th>
        <Th>{t('status')}</Th>
        <Th>{t('hidden')}</Th>
        <Th>{t('createdAt')}</Th>
      </HeadRow>
      <tbody className={bodyClass}>
        {tasks.map((task) => (
          <tr key={task.id}>
            <Td>
              <Link href={`/tasks/${task.id}`} className={linkClass}>
                {task.title}
              </Link>
            </Td>
            <Td nowrap>{t(`taskStatuses.${task.status}`)}</Td>
            <Td nowrap>{task.hiddenCause ? <Pill tone="amber">{t(`hiddenCauses.${task.hiddenCause}`)}</Pill> : '—'}</Td>
            <Td nowrap>{when(task.createdAt)}</Td>
          </tr>
        ))}
      </tbody>
    </TableBox>
  );
}

export async function UserResponsesTable({ responses }: { responses: Detail['responses']['items'] }) {
  const { t, when, money } = await tools();
  return (
    <TableBox label={t('responses')}>
      <HeadRow>
        <Th>{t('task')}</Th>
        <Th>{t('status')}</Th>
        <Th>{t('price')}</Th>
        <Th>{t('createdAt')}</Th>
      </HeadRow>
      <tbody className={bodyClass}>
        {responses.map((response) => (
          <tr key={response.id}>
            <Td>
              <Link href={`/tasks/${response.taskId}`} className={linkClass}>
                {response.taskTitle}
              </Link>
            </Td>
            <Td nowrap>{t(`responseStatuses.${response.status}`)}</Td>
            <Td nowrap>{money(response.price)}</Td>
            <Td nowrap>{when(response.createdAt)}</Td>
          </tr>
        ))}
      </tbody>
    </TableBox>
  );
}

export async function UserPeriodsTable({ periods }: { periods: Detail['subscriptions']['items'] }) {
  const { t, when, locale } = await tools();
  return (
    <TableBox label={t('subscriptions')}>
      <HeadRow>
        <Th>{t('plan')}</Th>
        <Th>{t('source')}</Th>
        <Th>{t('period')}</Th>
        <Th>{t('ended')}</Th>
        <Th>{t('note')}</Th>
      </HeadRow>
      <tbody className={bodyClass}>
        {periods.map((period) => (
          <tr key={period.id}>
            <Td nowrap>{period.planName[locale]}</Td>
            <Td nowrap>{t(`sources.${period.source}`)}</Td>
            <Td nowrap>
              {when(period.startsAt)} — {when(period.endsAt)}
            </Td>
            <Td nowrap>
              {period.revokedAt ? t('revokedAt', { date: when(period.revokedAt) }) : null}
              {period.cancelledAt && !period.revokedAt ? t('cancelledAt', { date: when(period.cancelledAt) }) : null}
              {!period.revokedAt && !period.cancelledAt ? '—' : null}
            </Td>
            <Td>{period.note ?? '—'}</Td>
          </tr>
        ))}
      </tbody>
    </TableBox>
  );
}

const paymentTones: Record<Detail['payments']['items'][number]['status'], PillTone> = {
  succeeded: 'green',
  pending: 'grey',
  failed: 'red',
  refunded: 'amber',
};

export async function UserPaymentsTable({ payments }: { payments: Detail['payments']['items'] }) {
  const { t, when, money } = await tools();
  return (
    <TableBox label={t('payments')}>
      <HeadRow>
        <Th>{t('createdAt')}</Th>
        <Th>{t('purpose')}</Th>
        <Th>{t('amount')}</Th>
        <Th>{t('method')}</Th>
        <Th>{t('status')}</Th>
      </HeadRow>
      <tbody className={bodyClass}>
        {payments.map((payment) => (
          <tr key={payment.id}>
            <Td nowrap>{when(payment.createdAt)}</Td>
            <Td nowrap>{payment.purpose === 'top_up' ? t('topUp') : (payment.planCode ?? '—')}</Td>
            <Td nowrap>{money(payment.amount)}</Td>
            <Td nowrap>{payment.method}</Td>
            <Td nowrap>
              <Pill tone={paymentTones[payment.status]}>{t(`paymentStatuses.${payment.status}`)}</Pill>
            </Td>
          </tr>
        ))}
      </tbody>
    </TableBox>
  );
}

export async function UserComplaintsTable({ complaints, label }: { complaints: Detail['complaintsAbout']['items']; label: string }) {
  const { t, when } = await tools();
  return (
    <TableBox label={label}>
      <HeadRow>
        <Th>{t('createdAt')}</Th>
        <Th>{t('source')}</Th>
        <Th>{t('target')}</Th>
        <Th>{t('reason')}</Th>
        <Th>{t('status')}</Th>
      </HeadRow>
      <tbody className={bodyClass}>
        {complaints.map((complaint) => (
          <tr key={complaint.id}>
            <Td nowrap>{when(complaint.createdAt)}</Td>
            <Td nowrap>{t(`complaintSources.${complaint.source}`)}</Td>
            <Td nowrap>
              {complaint.targetType === 'user' ? (
                <Link href={`/admin/users/${complaint.targetId}`} className={linkClass}>
                  {t(`targetTypes.${complaint.targetType}`)}
                </Link>
              ) : complaint.targetType === 'task' ? (
                <Link href={`/tasks/${complaint.targetId}`} className={linkClass}>
                  {t(`targetTypes.${complaint.targetType}`)}
                </Link>
              ) : (
                t(`targetTypes.${complaint.targetType}`)
              )}
            </Td>
            <Td>
              <code className="text-xs">{complaint.reason}</code>
              {complaint.text ? <span className="mt-1 block text-slate-600">{complaint.text}</span> : null}
            </Td>
            <Td nowrap>{t(`complaintStatuses.${complaint.status}`)}</Td>
          </tr>
        ))}
      </tbody>
    </TableBox>
  );
}
