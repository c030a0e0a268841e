import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';

/** The auth forms translate in the browser: they get their two namespaces, not the whole catalog. */
export async function AuthMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ Auth: messages.Auth, Problems: messages.Problems }}>{children}</NextIntlClientProvider>;
}
