import { useTranslations } from 'next-intl';
import { imageUploadRules } from '@dastiyor/contracts/values';
import type { ClientProblem } from '@/lib/problem-client';
import type { LocalImageProblem } from '@/lib/upload-image';
import { useProblemText } from './use-problem-text';

const maxMb = imageUploadRules.maxBytes / 1024 / 1024;

/** Why an image was refused, in words: by the browser before sending, or by the API after. */
export function useImageProblemText() {
  const t = useTranslations('Forms.image');
  const text = useProblemText();
  return {
    local: (problem: LocalImageProblem) => (problem === 'unsupported' ? t('unsupported') : t('tooLarge', { maxMb })),
    fromApi: (problem: ClientProblem) => {
      if (problem.code === 'unsupported_media_type') return t('unsupported');
      if (problem.code === 'payload_too_large') return t('tooLarge', { maxMb });
      const fileCode = problem.fieldErrors.file;
      if (fileCode === 'too_many_pixels') return t('tooManyPixels');
      if (fileCode === 'unreadable' || fileCode === 'empty' || fileCode === 'malformed') return t('unreadable');
      return text.problem(problem);
    },
  };
}
