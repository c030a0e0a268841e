import { useFormatter, useTranslations } from 'next-intl';
import type { TAdminTaskSummary } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import type { AppLocale } from '@/i18n/routing';
import { formatSomoni } from '@/lib/money';
import { TaskStatusBadge } from '@/components/tasks/task-badges';
import { HiddenBadge } from './hidden-badge';

const th = 'px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase';
const td = 'px-3 py-2.5 align-top text-sm text-slate-800';

/** The task list; on a narrow screen it scrolls sideways inside its own box, never the page. */
export function AdminTasksTable({ items, locale }: { items: TAdminTaskSummary[]; locale: AppLocale }) {
  const t = useTranslations('Admin.tasks.table');
  const tm = useTranslations('Money');
  const format = useFormatter();
  return (
    <div className="relative overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[56rem] divide-y divide-slate-200">
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              {t('task')}
            </th>
            <th scope="col" className={th}>
              {t('status')}
            </th>
            <th scope="col" className={th}>
              {t('category')}
            </th>
            <th scope="col" className={th}>
              {t('city')}
            </th>
            <th scope="col" className={th}>
              {t('customer')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('budget')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('responses')}
            </th>
            <th scope="col" className={th}>
              {t('created')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((task) => (
            <tr key={task.id} className="hover:bg-slate-50">
              <td className={`${td} max-w-xs`}>
                <Link
                  href={`/admin/tasks/${task.id}`}
                  className="font-semibold break-words text-brand-800 underline-offset-2 hover:underline"
                >
                  {task.title}
                </Link>
              </td>
              <td className={td}>
                <div className="flex flex-wrap gap-1">
                  <TaskStatusBadge status={task.status} />
                  {task.hidden ? <HiddenBadge /> : null}
                </div>
              </td>
              <td className={td}>
                {task.category.name[locale]} › {task.subcategory.name[locale]}
              </td>
              <td className={td}>{task.city.name[locale]}</td>
              <td className={td}>
                <Link href={`/admin/users/${task.customer.id}`} className="text-brand-800 underline-offset-2 hover:underline">
                  {task.customer.name}
                </Link>
              </td>
              <td className={`${td} text-right whitespace-nowrap`}>
                {task.budgetAmount !== null ? tm('amount', { amount: formatSomoni(task.budgetAmount, locale) }) : t('negotiable')}
              </td>
              <td className={`${td} text-right`}>{task.responsesCount}</td>
              <td className={`${td} whitespace-nowrap`}>
                {format.dateTime(new Date(task.createdAt), { dateStyle: 'short', timeStyle: 'short' })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
