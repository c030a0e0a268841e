'use client';

import { useState } from 'react';
import { useRouter } from '@/i18n/navigation';
import { callApi, type ClientProblem } from '@/lib/problem-client';

/** One moderation mutation from the browser: pending, the API's problem if any, and a fresh server render on success. */
export function useModerationAction() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ClientProblem | null>(null);

  async function run(method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<boolean> {
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

  return { run, pending, problem };
}
