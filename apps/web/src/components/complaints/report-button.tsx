import type { ComponentProps } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { ReportDialog } from './report-dialog';

/** For server-rendered pages: the report dialog with the catalogs it translates with in the browser. */
export async function ReportButton(props: ComponentProps<typeof ReportDialog>) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={{ Complaints: messages.Complaints, Forms: messages.Forms, Problems: messages.Problems }}>
      <ReportDialog {...props} />
    </NextIntlClientProvider>
  );
}
