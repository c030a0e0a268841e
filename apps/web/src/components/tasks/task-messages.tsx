import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';

/** The catalogs the task pages' client components translate with (the rest stays on the server). */
export async function TaskMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={{
        TaskForm: messages.TaskForm,
        TaskPage: messages.TaskPage,
        Forms: messages.Forms,
        Problems: messages.Problems,
      }}
    >
      {children}
    </NextIntlClientProvider>
  );
}
