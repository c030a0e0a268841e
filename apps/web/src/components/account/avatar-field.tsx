'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { type TImage, type TMe } from '@dastiyor/contracts';
import { imageUploadRules } from '@dastiyor/contracts/values';
import { useRouter } from '@/i18n/navigation';
import { api, settle } from '@/lib/api-client';
import { shrinkImageForUpload } from '@/lib/shrink-image';
import { checkImageBeforeUpload, uploadImage } from '@/lib/upload-image';
import { primaryButton } from '@/components/ui/button-styles';
import { dangerButton, FormNotice, ProgressBar, smallButton } from './form-controls';
import { useImageProblemText } from './use-image-problem-text';

interface Pending {
  blob: Blob;
  fileName: string;
  previewUrl: string;
}

/**
 * The profile photo: pick, see it cropped square exactly as the API will store it, then upload (with
 * progress) or cancel. Saved at once, independently of the profile form.
 */
export function AvatarField({ initial, name }: { initial: TImage | null; name: string }) {
  const t = useTranslations('Account.avatar');
  const imageProblem = useImageProblemText();
  const router = useRouter();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [avatar, setAvatar] = useState(initial);
  const [pending, setPending] = useState<Pending | null>(null);
  const [previewBroken, setPreviewBroken] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  // Object URLs hold the picked file in memory until revoked.
  useEffect(() => () => (pending ? URL.revokeObjectURL(pending.previewUrl) : undefined), [pending]);

  async function onPick(file: File | undefined) {
    if (inputRef.current) inputRef.current.value = '';
    if (!file) return;
    setOutcome(null);
    setPreviewBroken(false);
    const prepared = await shrinkImageForUpload(file);
    const local = checkImageBeforeUpload(prepared.blob);
    if (local) {
      setPending(null);
      setOutcome({ tone: 'error', text: imageProblem.local(local) });
      return;
    }
    setPending({ ...prepared, previewUrl: URL.createObjectURL(prepared.blob) });
  }

  async function upload() {
    if (!pending) return;
    setBusy(true);
    setProgress(0);
    const result = await uploadImage<TMe>({
      method: 'PUT',
      url: '/api/v1/me/avatar',
      file: pending.blob,
      fileName: pending.fileName,
      onProgress: setProgress,
    });
    setBusy(false);
    setProgress(null);
    if (!result.ok) {
      setOutcome({ tone: 'error', text: imageProblem.fromApi(result.problem) });
      return;
    }
    setAvatar(result.data.avatar);
    setPending(null);
    setOutcome({ tone: 'success', text: t('uploaded') });
    router.refresh();
  }

  async function remove() {
    setBusy(true);
    setOutcome(null);
    const result = await settle(api.DELETE('/api/v1/me/avatar'));
    setBusy(false);
    if (!result.ok) {
      setOutcome({ tone: 'error', text: imageProblem.fromApi(result.problem) });
      return;
    }
    setAvatar(null);
    setOutcome({ tone: 'success', text: t('removed') });
    router.refresh();
  }

  const initialLetter = name.trim().charAt(0).toUpperCase() || '?';

  return (
    <div className="space-y-4">
      <div className="flex items-center gap-4">
        {avatar ? (
          // A plain <img>: the API already serves sized WebP variants.
          <img
            src={avatar.medium}
            alt={t('current')}
            width={96}
            height={96}
            className="size-24 shrink-0 rounded-2xl object-cover ring-1 ring-slate-200"
          />
        ) : (
          <span
            aria-hidden="true"
            className="flex size-24 shrink-0 items-center justify-center rounded-2xl bg-brand-50 text-3xl font-bold text-brand-700 ring-1 ring-brand-100"
          >
            {initialLetter}
          </span>
        )}
        <div className="flex min-w-0 flex-col items-start gap-2">
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            accept={imageUploadRules.accept.join(',')}
            className="peer sr-only"
            disabled={busy}
            onChange={(event) => void onPick(event.target.files?.[0])}
          />
          <label
            htmlFor={inputId}
            className={`${smallButton} cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-brand-600`}
          >
            {avatar ? t('change') : t('choose')}
          </label>
          {avatar && !pending ? (
            <button type="button" className={dangerButton} onClick={() => void remove()} disabled={busy}>
              {t('remove')}
            </button>
          ) : null}
        </div>
      </div>
      <p className="text-sm text-slate-500">{t('hint', { maxMb: imageUploadRules.maxBytes / 1024 / 1024 })}</p>

      {pending ? (
        <div className="rounded-xl border border-slate-200 bg-slate-50 p-4">
          <p className="text-sm font-semibold text-slate-800">{t('previewTitle')}</p>
          <div className="mt-3 flex flex-col items-start gap-4 sm:flex-row sm:items-center">
            {previewBroken ? (
              <span className="flex size-40 items-center justify-center rounded-2xl bg-white p-3 text-center text-sm text-slate-500 ring-1 ring-slate-200">
                {t('noPreview')}
              </span>
            ) : (
              <img
                src={pending.previewUrl}
                alt={t('previewAlt')}
                width={160}
                height={160}
                onError={() => setPreviewBroken(true)}
                className="size-40 rounded-2xl object-cover ring-1 ring-slate-200"
              />
            )}
            <div className="w-full space-y-3 sm:w-auto sm:flex-1">
              {progress !== null ? (
                <div className="space-y-1.5">
                  <ProgressBar fraction={progress} label={t('progress')} />
                  <p className="text-sm text-slate-600">
                    {/* The last byte sent is not the end: the API still re-encodes the photo. */}
                    {progress < 1 ? t('uploading', { percent: Math.round(progress * 100) }) : t('processing')}
                  </p>
                </div>
              ) : null}
              <div className="flex flex-wrap gap-2">
                <button type="button" className={primaryButton} onClick={() => void upload()} disabled={busy}>
                  {t('upload')}
                </button>
                <button type="button" className={smallButton} onClick={() => setPending(null)} disabled={busy}>
                  {t('cancel')}
                </button>
              </div>
            </div>
          </div>
        </div>
      ) : null}

      {outcome ? <FormNotice tone={outcome.tone}>{outcome.text}</FormNotice> : null}
    </div>
  );
}
