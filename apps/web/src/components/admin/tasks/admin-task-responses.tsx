import { useFormatter, useTranslations } from 'next-intl';
import type { TAdminTaskDetail } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import type { AppLocale } from '@/i18n/routing';
import { formatSomoni } from '@/lib/money';

const th = 'px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase';
const td = 'px-3 py-2.5 align-top text-sm text-slate-800';

/** Every response, withdrawn ones too, with the copy-paste flag when the API set it. */
export function AdminTaskResponses({ responses, locale }: { responses: TAdminTaskDetail['responses']; locale: AppLocale }) {
  const t = useTranslations('Admin.tasks.responses');
  const tm = useTranslations('Money');
  const format = useFormatter();
  if (responses.length === 0) return <p className="text-sm text-slate-600">{t('empty')}</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[44rem] divide-y divide-slate-200">
        <thead>
          <tr>
            <th scope="col" className={th}>
              {t('provider')}
            </th>
            <th scope="col" className={th}>
              {t('comment')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('price')}
            </th>
            <th scope="col" className={th}>
              {t('status')}
            </th>
            <th scope="col" className={th}>
              {t('sent')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {responses.map((r) => (
            <tr key={r.id}>
              <td className={td}>
                <Link href={`/admin/users/${r.provider.id}`} className="text-brand-800 underline-offset-2 hover:underline">
                  {r.provider.name}
                </Link>
              </td>
              <td className={`${td} max-w-md`}>
                <p className="break-words whitespace-pre-line">{r.comment}</p>
                {r.flaggedAt ? (
                  <p className="mt-1 text-xs font-semibold text-amber-800">{t('flagged', { reason: r.flagReason ?? '—' })}</p>
                ) : null}
              </td>
              <td className={`${td} text-right whitespace-nowrap`}>{tm('amount', { amount: formatSomoni(r.price, locale) })}</td>
              <td className={td}>{t(`statuses.${r.status}`)}</td>
              <td className={`${td} whitespace-nowrap`}>
                {format.dateTime(new Date(r.createdAt), { dateStyle: 'short', timeStyle: 'short' })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
