'use client';

import { useState } from 'react';
import { useRouter } from '@/i18n/navigation';
import { callApi, type ClientProblem } from '@/lib/problem-client';

/** One admin mutation from the browser: pending state, the API's problem if any, and a fresh server render on success. */
export function useAdminAction() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ClientProblem | null>(null);
  const [done, setDone] = useState(false);

  async function run(path: string, body?: unknown): Promise<boolean> {
    setPending(true);
    setProblem(null);
    setDone(false);
    const result = await callApi('POST', path, body);
    setPending(false);
    if (!result.ok) {
      setProblem(result.problem);
      return false;
    }
    setDone(true);
    router.refresh();
    return true;
  }

  return { run, pending, problem, done };
}
