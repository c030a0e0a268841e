import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SystemMessage } from '@/components/system/system-message';
import { primaryButton } from '@/components/ui/button-styles';
import './globals.css';

// For requests that never reached a locale (e.g. /missing.png), so the locale falls back to Russian.
// Next ships this boundary with every page's payload, so it stays small (no header or footer) and must
// not call setRequestLocale: that would switch the locale of the page it travels with.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('NotFound');
  return { title: t('title') };
}

export default async function RootNotFound() {
  const locale = await getLocale();
  const t = await getTranslations('NotFound');
  const tc = await getTranslations('Common');
  return (
    <html lang={locale}>
      <body>
        <main>
          <SystemMessage
            code={t('code')}
            title={t('title')}
            actions={
              <a href="/" className={primaryButton}>
                {tc('toHome')}
              </a>
            }
          >
            <p>{t('text')}</p>
          </SystemMessage>
        </main>
      </body>
    </html>
  );
}
