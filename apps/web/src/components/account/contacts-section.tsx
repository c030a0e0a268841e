'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { ContactChangeFlow, type ContactKind } from './contact-change-flow';
import { FormNotice, smallButton } from './form-controls';

interface Contacts {
  email: string | null;
  emailVerified: boolean;
  phone: string | null;
  phoneVerified: boolean;
}

/** Email and phone with their verified state; one of them at a time can be added or changed. */
export function ContactsSection({ initial }: { initial: Contacts }) {
  const t = useTranslations('Account.contacts');
  const router = useRouter();
  const [contacts, setContacts] = useState(initial);
  const [editing, setEditing] = useState<ContactKind | null>(null);
  const [changed, setChanged] = useState<ContactKind | null>(null);

  const rows: Array<{ kind: ContactKind; value: string | null; verified: boolean }> = [
    { kind: 'email', value: contacts.email, verified: contacts.emailVerified },
    { kind: 'phone', value: contacts.phone, verified: contacts.phoneVerified },
  ];

  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-200">
        {rows.map((row) => (
          <li key={row.kind} className="py-3 first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
              <div className="min-w-0">
                <p className="text-sm text-slate-500">{t(row.kind)}</p>
                {row.value ? (
                  <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="font-medium break-all text-slate-900">{row.value}</span>
                    <span
                      className={`rounded-full px-2 py-0.5 text-xs font-semibold ${row.verified ? 'bg-emerald-100 text-emerald-900' : 'bg-amber-100 text-amber-900'}`}
                    >
                      {row.verified ? t('verified') : t('notVerified')}
                    </span>
                  </p>
                ) : (
                  <p className="text-slate-600">{t('notSet')}</p>
                )}
              </div>
              {editing !== row.kind ? (
                <button
                  type="button"
                  className={smallButton}
                  onClick={() => {
                    setEditing(row.kind);
                    setChanged(null);
                  }}
                >
                  {row.value ? t(row.kind === 'email' ? 'changeEmail' : 'changePhone') : t(row.kind === 'email' ? 'addEmail' : 'addPhone')}
                </button>
              ) : null}
            </div>
            {editing === row.kind ? (
              <div className="mt-3">
                <ContactChangeFlow
                  kind={row.kind}
                  onCancel={() => setEditing(null)}
                  onDone={(next) => {
                    setContacts((c) => ({
                      email: next.email,
                      phone: next.phone,
                      // The confirmed one is verified now; the other keeps its state.
                      emailVerified: row.kind === 'email' ? true : c.emailVerified,
                      phoneVerified: row.kind === 'phone' ? true : c.phoneVerified,
                    }));
                    setEditing(null);
                    setChanged(row.kind);
                    router.refresh();
                  }}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {changed ? <FormNotice tone="success">{t(changed === 'email' ? 'emailChanged' : 'phoneChanged')}</FormNotice> : null}
    </div>
  );
}
