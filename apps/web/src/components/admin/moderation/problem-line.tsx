'use client';

import { useTranslations } from 'next-intl';
import { useProblemText } from '@/components/account/use-problem-text';
import type { ClientProblem } from '@/lib/problem-client';

/** The failure of a moderation action in words: the common cases said plainly, the rest by the shared mapping. */
export function ProblemLine({ problem }: { problem: ClientProblem | null }) {
  const t = useTranslations('Admin.moderation.errors');
  const { problem: generic } = useProblemText();
  if (!problem) return null;
  const text =
    problem.code === 'conflict'
      ? t('conflict')
      : problem.code === 'not_found'
        ? t('notFound')
        : problem.code === 'validation.failed'
          ? t('validation')
          : generic(problem);
  return (
    <p role="alert" className="text-sm font-medium text-red-700">
      {text}
    </p>
  );
}
