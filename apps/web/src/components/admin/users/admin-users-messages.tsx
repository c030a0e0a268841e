import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';

/** The catalogs the user page's client forms translate with (the rest stays on the server). */
export async function AdminUsersMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={{
        Admin: { users: messages.Admin.users } as typeof messages.Admin,
        Forms: messages.Forms,
        Problems: messages.Problems,
      }}
    >
      {children}
    </NextIntlClientProvider>
  );
}
