import { getFormatter, getTranslations } from 'next-intl/server';
import { type TAdminComplaint } from '@dastiyor/contracts';
import { ComplaintReason } from '@dastiyor/contracts/values';
import { Link } from '@/i18n/link';
import { CloseComplaintForm } from './close-complaint-form';

const knownReasons: readonly string[] = [...ComplaintReason, 'stop_word'];
const linkClass = 'font-semibold text-brand-800 underline-offset-2 hover:underline';

/** One queue entry with what it is about, who wrote it, who reported it; open ones carry the resolve/reject form. */
export async function ComplaintCard({ complaint }: { complaint: TAdminComplaint }) {
  const t = await getTranslations('Admin.complaints');
  const format = await getFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  const { context, author, reporter } = complaint;
  return (
    <article className="space-y-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
      <header className="flex flex-wrap items-center gap-2 text-sm">
        <span
          className={`rounded-full px-2 py-0.5 text-xs font-semibold ${
            complaint.source === 'stop_word' ? 'bg-amber-100 text-amber-900' : 'bg-red-100 text-red-800'
          }`}
        >
          {t(`sources.${complaint.source}`)}
        </span>
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700">
          {t(`targets.${complaint.targetType}`)}
        </span>
        <span className="font-semibold text-slate-900">
          {knownReasons.includes(complaint.reason) ? t(`reasons.${complaint.reason as 'spam'}`) : complaint.reason}
        </span>
        <time dateTime={complaint.createdAt} className="ml-auto text-slate-500">
          {when(complaint.createdAt)}
        </time>
      </header>

      <div className="rounded-lg bg-slate-50 p-3">
        {context ? (
          <>
            <p className="flex flex-wrap items-center gap-2">
              <Link href={context.adminPath} className={`${linkClass} break-words`}>
                {context.title}
              </Link>
              {context.hidden ? (
                <span className="rounded bg-slate-200 px-1.5 text-xs font-semibold text-slate-700">{t('hidden')}</span>
              ) : null}
            </p>
            {context.excerpt ? <p className="mt-1 text-sm break-words whitespace-pre-line text-slate-700">{context.excerpt}</p> : null}
          </>
        ) : (
          <p className="text-sm text-slate-500">{t('targetGone')}</p>
        )}
        {complaint.matchedWords.length > 0 ? (
          <p className="mt-2 flex flex-wrap gap-1 text-xs">
            <span className="text-slate-500">{t('matched')}</span>
            {complaint.matchedWords.map((word) => (
              <mark key={word} className="rounded bg-amber-200 px-1.5 font-semibold text-amber-950">
                {word}
              </mark>
            ))}
          </p>
        ) : null}
      </div>

      {complaint.text ? (
        <blockquote className="border-l-4 border-slate-300 pl-3 text-sm break-words whitespace-pre-line text-slate-800">
          {complaint.text}
        </blockquote>
      ) : null}

      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-500">{t('author')}</dt>
          <dd className="flex flex-wrap items-center gap-2">
            {author ? (
              <>
                <Link href={`/admin/users/${author.id}`} className={linkClass}>
                  {author.name}
                </Link>
                {author.status === 'blocked' ? (
                  <span className="rounded bg-red-100 px-1.5 text-xs font-semibold text-red-800">{t('blocked')}</span>
                ) : null}
                <Link
                  href={`/admin/moderation?warn=${author.id}#warn`}
                  className="text-xs text-slate-600 underline-offset-2 hover:underline"
                >
                  {t('warnAuthor')}
                </Link>
              </>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t('reporter')}</dt>
          <dd>
            {reporter ? (
              <Link href={`/admin/users/${reporter.id}`} className={linkClass}>
                {reporter.name}
              </Link>
            ) : complaint.source === 'stop_word' ? (
              t('automatic')
            ) : (
              '—'
            )}
          </dd>
        </div>
      </dl>

      {complaint.status === 'open' ? (
        <CloseComplaintForm complaintId={complaint.id} />
      ) : (
        <p className="rounded-lg border border-slate-200 px-3 py-2 text-sm text-slate-700">
          <span className="font-semibold">{t(`statuses.${complaint.status}`)}</span>
          {complaint.resolvedAt ? ` · ${when(complaint.resolvedAt)}` : ''}
          {complaint.resolvedBy ? ` · ${complaint.resolvedBy.name}` : ''}
          {complaint.resolutionNote ? <span className="mt-1 block break-words whitespace-pre-line">{complaint.resolutionNote}</span> : null}
        </p>
      )}
    </article>
  );
}
