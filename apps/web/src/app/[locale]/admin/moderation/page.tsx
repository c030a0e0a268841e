import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StopWordLocale } from '@dastiyor/contracts/values';
import { Link } from '@/i18n/link';
import { resolveLocaleParam } from '@/lib/locale-param';
import { ComplaintCard } from '@/components/admin/moderation/complaint-card';
import { DeleteStopWordButton } from '@/components/admin/moderation/delete-stop-word-button';
import { fetchComplaints, fetchStopWords, queryString, readParam, type SearchParams } from '@/components/admin/moderation/moderation-api';
import { PagingLinks } from '@/components/admin/paging-links';
import { StopWordForm } from '@/components/admin/moderation/stop-word-form';
import { WarnUserForm } from '@/components/admin/moderation/warn-user-form';
import { Notice } from '@/components/ui/notice';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Admin.moderation' });
  return { title: t('title') };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded-2xl border border-slate-200 bg-white p-3 shadow-sm sm:p-5"
    >
      <h2 id={`${id}-title`} className="text-lg font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The stop-word list per language, the open stop-word flags, and the warning form. */
export default async function AdminModerationPage({ params, searchParams }: Props) {
  await resolveLocaleParam(params);
  const t = await getTranslations('Admin.moderation');
  const query = await searchParams;
  const cursors = { ru: readParam(query, 'ruCursor'), tg: readParam(query, 'tgCursor') };
  const flagCursor = readParam(query, 'cursor');
  const warn = readParam(query, 'warn');
  const [ru, tg, flags] = await Promise.all([
    fetchStopWords('ru', cursors.ru),
    fetchStopWords('tg', cursors.tg),
    fetchComplaints({ status: 'open', source: 'stop_word', cursor: flagCursor }),
  ]);
  const lists = { ru, tg };

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>

      <Section id="stop-words" title={t('stopWords.title')}>
        <p className="text-sm text-slate-600">{t('stopWords.lead')}</p>
        <StopWordForm />
        <div className="grid gap-4 md:grid-cols-2">
          {StopWordLocale.map((locale) => {
            const list = lists[locale];
            return (
              <div key={locale} className="min-w-0">
                <h3 className="mb-2 font-semibold text-slate-800">{t(`stopWords.languages.${locale}`)}</h3>
                {list.status !== 'ok' ? (
                  <Notice tone="error">{t('unavailable')}</Notice>
                ) : list.data.items.length === 0 ? (
                  <Notice tone="empty">{t('stopWords.empty')}</Notice>
                ) : (
                  <>
                    <ul className="flex flex-wrap gap-2">
                      {list.data.items.map((w) => (
                        <li
                          key={w.id}
                          className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-3 text-sm break-all text-slate-800"
                        >
                          {w.word}
                          <DeleteStopWordButton id={w.id} word={w.word} />
                        </li>
                      ))}
                    </ul>
                    {list.data.nextCursor ? (
                      <Link
                        href={`/admin/moderation${queryString({ ...cursors, [`${locale}Cursor`]: list.data.nextCursor })}`}
                        className="mt-2 inline-block text-sm font-semibold text-brand-800 underline-offset-2 hover:underline"
                      >
                        {t('stopWords.more')}
                      </Link>
                    ) : null}
                  </>
                )}
              </div>
            );
          })}
        </div>
      </Section>

      <Section id="flags" title={t('flags.title')}>
        <p className="text-sm text-slate-600">{t('flags.lead')}</p>
        {flags.status !== 'ok' ? (
          <Notice tone="error">{t('unavailable')}</Notice>
        ) : flags.data.items.length === 0 ? (
          <Notice tone="empty">{t('flags.empty')}</Notice>
        ) : (
          <>
            <ul className="space-y-3">
              {flags.data.items.map((complaint) => (
                <li key={complaint.id}>
                  <ComplaintCard complaint={complaint} />
                </li>
              ))}
            </ul>
            <PagingLinks
              nextHref={flags.data.nextCursor ? `/admin/moderation${queryString({ cursor: flags.data.nextCursor })}#flags` : null}
              firstHref={flagCursor ? '/admin/moderation#flags' : null}
            />
          </>
        )}
      </Section>

      <Section id="warn" title={t('warn.title')}>
        <p className="text-sm text-slate-600">{t('warn.lead')}</p>
        <WarnUserForm key={warn ?? ''} defaultUserId={warn && uuidPattern.test(warn) ? warn : ''} />
      </Section>
    </div>
  );
}
