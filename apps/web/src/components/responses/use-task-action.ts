'use client';

import { useState } from 'react';
import { useRouter } from '@/i18n/navigation';
import type { ApiCallResult } from '@/lib/problem-client';
import { useProblemText } from '@/components/account/use-problem-text';

/** One call that changes the task, then a refresh of the server-rendered page; its error in words. */
export function useTaskAction() {
  const router = useRouter();
  const text = useProblemText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(call: () => Promise<ApiCallResult<unknown>>): Promise<boolean> {
    setBusy(true);
    setError(null);
    const result = await call();
    setBusy(false);
    if (!result.ok) {
      setError(text.problem(result.problem));
      return false;
    }
    router.refresh();
    return true;
  }

  return { busy, error, run };
}
