import { useTranslations } from 'next-intl';
import { type TTaskStatus } from '@dastiyor/contracts';
import { TaskStatus } from '@dastiyor/contracts/values';
import { Link } from '@/i18n/link';

/** Status tabs as links (the status lives in the URL); on a phone three to a row, so none is cut off at the edge. */
export function MyTasksTabs({ active }: { active: TTaskStatus | undefined }) {
  const t = useTranslations('MyTasks');
  const ts = useTranslations('TaskCard.status');
  const tabs: Array<{ key: string; status: TTaskStatus | undefined; label: string }> = [
    { key: 'all', status: undefined, label: t('all') },
    ...TaskStatus.map((status) => ({ key: status, status, label: ts(status) })),
  ];
  return (
    <nav aria-label={t('tabsLabel')} className="mt-4 border-b border-slate-200">
      <ul className="-mb-px grid grid-cols-3 sm:flex">
        {tabs.map((tab) => {
          const current = tab.status === active;
          return (
            <li key={tab.key}>
              <Link
                href={{ pathname: '/my/tasks', query: tab.status ? { status: tab.status } : {} }}
                aria-current={current ? 'page' : undefined}
                className={`flex min-h-11 items-center justify-center border-b-2 px-2 text-sm font-semibold whitespace-nowrap sm:justify-start sm:px-4 sm:text-base ${
                  current ? 'border-brand-700 text-brand-800' : 'border-transparent text-slate-600 hover:text-slate-900'
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
