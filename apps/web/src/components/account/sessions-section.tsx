'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { TSession } from '@dastiyor/contracts';
import { api, settle } from '@/lib/api-client';
import { describeUserAgent } from '@/lib/user-agent';
import { RelativeTime } from '@/components/tasks/relative-time';
import { dangerButton, FormNotice, smallButton } from './form-controls';
import { useProblemText } from './use-problem-text';

function useDeviceName() {
  const t = useTranslations('Account.sessions');
  return (userAgent: string | null) => {
    const { browser, os } = describeUserAgent(userAgent);
    if (browser && os) return t('deviceOn', { browser, os });
    return browser ?? os ?? t('unknownDevice');
  };
}

/**
 * Where the account is signed in: device, IP, last activity; any other session can be ended, or all of them
 * at once. `now` comes from the server so that server and browser render the same "5 minutes ago".
 */
export function SessionsSection({ initial, now }: { initial: TSession[]; now: string }) {
  const t = useTranslations('Account.sessions');
  const text = useProblemText();
  const deviceName = useDeviceName();
  // This device first, then the most recently active.
  const [sessions, setSessions] = useState(() =>
    [...initial].sort((a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt)),
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const nowDate = new Date(now);
  const others = sessions.filter((s) => !s.current);

  async function end(session: TSession) {
    setBusy(session.id);
    setNotice(null);
    const result = await settle(api.DELETE('/api/v1/auth/sessions/{id}', { params: { path: { id: session.id } } }));
    setBusy(null);
    // 404: it already ended (expired, or ended elsewhere), which is what was asked for.
    if (result.ok || result.problem.status === 404) {
      setSessions((list) => list.filter((s) => s.id !== session.id));
      setNotice({ tone: 'success', text: t('ended') });
    } else {
      setNotice({ tone: 'error', text: text.problem(result.problem) });
    }
  }

  async function endOthers() {
    setBusy('others');
    setNotice(null);
    const result = await settle(api.POST('/api/v1/auth/sessions/end-others'));
    setBusy(null);
    if (result.ok) {
      setSessions((list) => list.filter((s) => s.current));
      setNotice({ tone: 'success', text: t('endedOthers') });
    } else {
      setNotice({ tone: 'error', text: text.problem(result.problem) });
    }
  }

  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-200">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3 first:pt-0 last:pb-0">
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1 font-medium text-slate-900">
                <span className="break-words">{deviceName(session.userAgent)}</span>
                {session.current ? (
                  <span className="rounded-full bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-900">{t('thisDevice')}</span>
                ) : null}
              </p>
              <p className="mt-0.5 text-sm text-slate-600">
                {session.ip ? <span className="break-all">{t('ip', { ip: session.ip })} · </span> : null}
                {t('lastSeen')} <RelativeTime iso={session.lastSeenAt} now={nowDate} />
              </p>
            </div>
            {session.current ? null : (
              <button
                type="button"
                className={smallButton}
                onClick={() => void end(session)}
                disabled={busy !== null}
                aria-label={t('endLabel', { device: deviceName(session.userAgent) })}
              >
                {t('end')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {notice ? <FormNotice tone={notice.tone}>{notice.text}</FormNotice> : null}
      {others.length > 0 ? (
        <button type="button" className={`${dangerButton} w-full sm:w-auto`} onClick={() => void endOthers()} disabled={busy !== null}>
          {t('endOthers')}
        </button>
      ) : (
        <p className="text-sm text-slate-500">{t('onlyThis')}</p>
      )}
    </div>
  );
}
