import { useTranslations } from 'next-intl';
import type { TTask } from '@dastiyor/contracts';

/** Who posted the task, as anyone may see it: name, photo and track record; never how to reach them. */
export function TaskCustomerCard({ customer, memberSince }: { customer: TTask['customer']; memberSince: string }) {
  const t = useTranslations('TaskPage');
  return (
    <div className="flex items-center gap-3">
      {customer.avatarUrl ? (
        <img
          src={customer.avatarUrl}
          alt=""
          width={56}
          height={56}
          className="size-14 shrink-0 rounded-full object-cover ring-1 ring-slate-200"
        />
      ) : (
        <span
          aria-hidden="true"
          className="flex size-14 shrink-0 items-center justify-center rounded-full bg-brand-100 text-xl font-bold text-brand-800"
        >
          {customer.name.trim().charAt(0).toUpperCase()}
        </span>
      )}
      <div className="min-w-0">
        <p className="font-semibold break-words text-slate-900">{customer.name}</p>
        <p className="text-sm text-slate-600">{t('tasksPosted', { count: customer.tasksPosted })}</p>
        <p className="text-sm text-slate-500">{t('memberSince', { date: memberSince })}</p>
      </div>
    </div>
  );
}
