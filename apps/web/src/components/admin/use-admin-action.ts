'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import type { ApiCallResult, ClientProblem } from '@/lib/problem-client';
import { problemMessage } from '@/lib/problem-messages';

/**
 * One admin mutation from the browser, a typed call (`() => settle(api.POST(...))`): pending state, the API's
 * problem (also as a sentence), `done` after a success, and a fresh server render of the page so every table
 * shows the change.
 */
export function useAdminAction() {
  const router = useRouter();
  const tProblems = useTranslations('Problems');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ClientProblem | null>(null);
  const [done, setDone] = useState(false);

  async function run(call: () => Promise<ApiCallResult<unknown>>): Promise<boolean> {
    setPending(true);
    setProblem(null);
    setDone(false);
    const result = await call();
    setPending(false);
    if (!result.ok) {
      setProblem(result.problem);
      return false;
    }
    setDone(true);
    router.refresh();
    return true;
  }

  return { run, pending, problem, done, error: problem ? problemMessage(problem, tProblems) : null };
}
