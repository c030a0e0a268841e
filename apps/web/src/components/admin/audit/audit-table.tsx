import { getFormatter, getTranslations } from 'next-intl/server';
import type { TAdminAuditLogEntry } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import { bodyClass, HeadRow, TableBox, Td, Th } from '@/components/admin/users/table-parts';

const shortId = (id: string) => id.slice(0, 8);

function Json({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <div>
      <p className="text-xs font-semibold text-slate-600">{label}</p>
      <pre className="max-w-[28rem] overflow-x-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap break-all text-slate-800">
        {JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

/** Entries newest first: when, who, what, on what, from where; before/after/meta folded away. */
export async function AuditTable({ entries }: { entries: TAdminAuditLogEntry[] }) {
  const t = await getTranslations('Admin.audit');
  const format = await getFormatter();
  return (
    <TableBox label={t('table.label')}>
      <HeadRow>
        <Th>{t('table.at')}</Th>
        <Th>{t('table.actor')}</Th>
        <Th>{t('table.action')}</Th>
        <Th>{t('table.target')}</Th>
        <Th>{t('table.ip')}</Th>
        <Th>{t('table.details')}</Th>
      </HeadRow>
      <tbody className={bodyClass}>
        {entries.map((entry) => {
          const hasDetails = entry.before !== null || entry.after !== null || entry.meta !== null;
          return (
            <tr key={entry.id}>
              <Td nowrap>{format.dateTime(new Date(entry.createdAt), { dateStyle: 'short', timeStyle: 'medium' })}</Td>
              <Td>
                {entry.actor ? (
                  <Link href={`/admin/users/${entry.actor.id}`} className="text-brand-800 underline-offset-2 hover:underline">
                    {entry.actor.name}
                  </Link>
                ) : (
                  <span className="text-slate-500">{t('noActor')}</span>
                )}
              </Td>
              <Td nowrap>
                <code className="text-xs">{entry.action}</code>
              </Td>
              <Td nowrap>
                {entry.targetId ? (
                  entry.targetType === 'user' ? (
                    <Link href={`/admin/users/${entry.targetId}`} className="text-brand-800 underline-offset-2 hover:underline">
                      {t('userTarget', { id: shortId(entry.targetId) })}
                    </Link>
                  ) : (
                    <span title={entry.targetId}>
                      {entry.targetType ?? '—'} {shortId(entry.targetId)}
                    </span>
                  )
                ) : (
                  '—'
                )}
              </Td>
              <Td nowrap>{entry.ip ?? '—'}</Td>
              <Td>
                {hasDetails ? (
                  <details>
                    <summary className="cursor-pointer text-brand-800">{t('show')}</summary>
                    <div className="mt-2 space-y-2">
                      <Json label={t('before')} value={entry.before} />
                      <Json label={t('after')} value={entry.after} />
                      <Json label={t('meta')} value={entry.meta} />
                    </div>
                  </details>
                ) : (
                  '—'
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </TableBox>
  );
}
