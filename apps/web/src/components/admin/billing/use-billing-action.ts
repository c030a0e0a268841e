'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { callApi, type ClientProblem } from '@/lib/problem-client';
import { problemMessage } from '@/lib/problem-messages';

/** One admin mutation from the browser: pending state, the API's problem as a sentence, and a fresh server render on success. */
export function useBillingAction() {
  const router = useRouter();
  const tProblems = useTranslations('Problems');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ClientProblem | null>(null);

  async function run(method: 'POST' | 'PATCH' | 'PUT', path: string, body: unknown): Promise<boolean> {
    setPending(true);
    setProblem(null);
    const result = await callApi(method, path, body);
    setPending(false);
    if (!result.ok) {
      setProblem(result.problem);
      return false;
    }
    router.refresh();
    return true;
  }

  return { run, pending, problem, error: problem ? problemMessage(problem, tProblems) : null };
}
