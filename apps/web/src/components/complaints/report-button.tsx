import type { ComponentProps } from 'react';
import { clientIntl } from '@/lib/client-intl';
import { IntlProvider, ReportDialog } from '@/components/tasks/task-page-islands';

/**
 * For server-rendered pages: the report dialog with the catalogs it translates with in the browser, both loaded
 * lazily (only signed-in people can report, and a guest's page should not carry them).
 */
export async function ReportButton(props: ComponentProps<typeof ReportDialog>) {
  return (
    <IntlProvider {...await clientIntl(['Complaints', 'Forms', 'Problems'])}>
      <ReportDialog {...props} />
    </IntlProvider>
  );
}
