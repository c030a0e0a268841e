import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { fetchDevOutbox, normalizeOutboxRecipient } from '@/lib/dev-outbox-api';
import { resolveLocaleParam } from '@/lib/locale-param';
import { OutboxList } from '@/components/dev/outbox-list';
import { OutboxRefresh } from '@/components/dev/outbox-refresh';
import { inputClass } from '@/components/account/form-controls';
import { primaryButton } from '@/components/ui/button-styles';
import { Container } from '@/components/ui/container';
import { Notice } from '@/components/ui/notice';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ to?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'DevOutbox' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/**
 * Emails and SMS the product "sent" while it runs with the outbox transports (development and tests): the
 * place to read a sign-up code. The API has no outbox in production, and then this page does not exist.
 */
export default async function DevOutboxPage({ params, searchParams }: Props) {
  await resolveLocaleParam(params);
  const t = await getTranslations('DevOutbox');
  const raw = (await searchParams).to;
  const to = normalizeOutboxRecipient(typeof raw === 'string' ? raw : '');
  const result = await fetchDevOutbox(to);
  if (result.status === 'absent') notFound();

  return (
    <Container className="py-6 sm:py-10">
      <div className="mx-auto max-w-3xl">
        <p className="inline-block rounded-full bg-amber-100 px-3 py-1 text-xs font-bold tracking-wide text-amber-900 uppercase">
          {t('badge')}
        </p>
        <h1 className="mt-3 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t('title')}</h1>
        <p className="mt-2 text-slate-600">{t('lead')}</p>

        <form method="get" className="mt-6 flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="flex-1">
            <label htmlFor="outbox-to" className="mb-1.5 block text-sm font-semibold text-slate-800">
              {t('to')}
            </label>
            <input
              id="outbox-to"
              name="to"
              type="text"

              defaultValue={to}
              placeholder={t('toPlaceholder')}
              className={inputClass}
            />
          </div>
          <button type="submit" className={primaryButton}>
            {t('show')}
          </button>
        </form>

        <div className="mt-4">
          <OutboxRefresh refreshLabel={t('refresh')} autoLabel={t('autoRefresh')} />
        </div>

        <div className="mt-6">
          {result.status === 'unavailable' ? (
            <Notice tone="error">{t('loadError')}</Notice>
          ) : result.status === 'invalid' ? (
            <Notice tone="error">{t('invalidTo')}</Notice>
          ) : result.items.length === 0 ? (
            <Notice tone="empty">{to ? t('emptyFor', { to }) : t('empty')}</Notice>
          ) : (
            <>
              <p className="mb-3 text-sm text-slate-600">
                {to ? t('countFor', { count: result.items.length, to }) : t('count', { count: result.items.length })}
              </p>
              <OutboxList items={result.items} />
            </>
          )}
        </div>
      </div>
    </Container>
  );
}
