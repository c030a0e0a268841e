'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { imageUploadRules, type TImage, taskLimits } from '@dastiyor/contracts';
import { shrinkImageForUpload } from '@/lib/shrink-image';
import { checkImageBeforeUpload, uploadImage } from '@/lib/upload-image';
import { FieldError, FormNotice, ProgressBar } from '@/components/account/form-controls';
import { useImageProblemText } from '@/components/account/use-image-problem-text';

interface Upload {
  key: string;
  previewUrl: string;
  progress: number;
  error: string | null;
}

let uploadCounter = 0;

/**
 * Task photos: each is uploaded as soon as it is picked (with a preview and progress) and only attached to
 * the task when the form is saved, so removing one here just leaves it out. `onBusyChange` lets the form
 * wait for uploads still on their way.
 */
export function TaskPhotosField({
  value,
  error,
  onChange,
  onBusyChange,
}: {
  value: TImage[];
  error?: string;
  onChange: (update: (photos: TImage[]) => TImage[]) => void;
  onBusyChange: (busy: boolean) => void;
}) {
  const t = useTranslations('TaskForm.photos');
  const imageProblem = useImageProblemText();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const previews = useRef(new Set<string>());

  useEffect(() => {
    const urls = previews.current;
    return () => urls.forEach((url) => URL.revokeObjectURL(url));
  }, []);

  const pending = uploads.filter((u) => u.error === null).length;
  useEffect(() => onBusyChange(pending > 0), [pending, onBusyChange]);
  const freeSlots = taskLimits.photosMax - value.length - pending;

  const patchUpload = (key: string, patch: Partial<Upload>) =>
    setUploads((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  const dropUpload = (key: string) =>
    setUploads((list) => {
      const gone = list.find((item) => item.key === key);
      if (gone) {
        URL.revokeObjectURL(gone.previewUrl);
        previews.current.delete(gone.previewUrl);
      }
      return list.filter((item) => item.key !== key);
    });

  async function onPick(fileList: FileList | null) {
    const files = fileList ? [...fileList] : [];
    if (inputRef.current) inputRef.current.value = '';
    if (files.length === 0) return;
    const taken = files.slice(0, Math.max(0, freeSlots));
    setNotice(files.length > taken.length ? t('tooMany', { max: taskLimits.photosMax }) : null);

    const queued = taken.map((file) => {
      const previewUrl = URL.createObjectURL(file);
      previews.current.add(previewUrl);
      return { file, item: { key: `task-photo-${++uploadCounter}`, previewUrl, progress: 0, error: null } satisfies Upload };
    });
    setUploads((list) => [...list, ...queued.map((q) => q.item)]);

    // One at a time, so each photo gets the whole of a slow connection.
    for (const { file, item } of queued) {
      const prepared = await shrinkImageForUpload(file);
      const local = checkImageBeforeUpload(prepared.blob);
      if (local) {
        patchUpload(item.key, { error: imageProblem.local(local) });
        continue;
      }
      const result = await uploadImage<TImage>({
        method: 'POST',
        url: '/api/v1/files',
        file: prepared.blob,
        fileName: prepared.fileName,
        onProgress: (progress) => patchUpload(item.key, { progress }),
      });
      if (result.ok) {
        onChange((photos) => [...photos, result.data]);
        dropUpload(item.key);
      } else {
        patchUpload(item.key, { error: imageProblem.fromApi(result.problem) });
      }
    }
  }

  return (
    <div className="space-y-3" aria-describedby={error ? `${inputId}-error` : undefined}>
      <p className="text-sm text-slate-600">{t('count', { count: value.length, max: taskLimits.photosMax })}</p>
      <ul className="grid grid-cols-3 gap-2 sm:grid-cols-5">
        {value.map((photo, index) => (
          <li key={photo.id} className="relative aspect-square overflow-hidden rounded-xl bg-slate-100 ring-1 ring-slate-200">
            <img
              src={photo.small}
              alt={t('photoAlt', { number: index + 1 })}
              width={photo.width}
              height={photo.height}
              decoding="async"
              className="size-full object-cover"
            />
            <button
              type="button"
              onClick={() => onChange((photos) => photos.filter((p) => p.id !== photo.id))}
              aria-label={t('remove', { number: index + 1 })}
              className="absolute top-1 right-1 flex size-9 items-center justify-center rounded-full bg-white/90 text-slate-800 shadow ring-1 ring-slate-300 hover:bg-red-50 hover:text-red-700"
            >
              <svg viewBox="0 0 20 20" aria-hidden="true" className="size-4">
                <path d="M5 5l10 10M15 5 5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
            </button>
          </li>
        ))}
        {uploads.map((upload) => (
          <li key={upload.key} className="relative aspect-square overflow-hidden rounded-xl bg-slate-100 ring-1 ring-slate-200">
            <img src={upload.previewUrl} alt="" className="size-full object-cover opacity-50" />
            <div className="absolute inset-x-0 bottom-0 space-y-1 bg-white/90 p-1.5">
              {upload.error ? (
                <>
                  <p role="alert" className="line-clamp-3 text-xs font-medium text-red-700">
                    {upload.error}
                  </p>
                  <button type="button" className="text-xs font-semibold text-slate-700 underline" onClick={() => dropUpload(upload.key)}>
                    {t('dismiss')}
                  </button>
                </>
              ) : (
                <ProgressBar fraction={upload.progress} label={t('progress')} />
              )}
            </div>
          </li>
        ))}
        {freeSlots > 0 ? (
          <li className="aspect-square">
            <input
              ref={inputRef}
              id={inputId}
              type="file"
              multiple
              accept={imageUploadRules.accept.join(',')}
              className="peer sr-only"
              onChange={(event) => void onPick(event.target.files)}
            />
            <label
              htmlFor={inputId}
              className="flex size-full cursor-pointer flex-col items-center justify-center gap-1 rounded-xl border-2 border-dashed border-slate-300 bg-white p-2 text-center text-sm font-semibold text-brand-800 peer-focus-visible:outline-2 peer-focus-visible:outline-brand-600 hover:border-brand-600"
            >
              <svg viewBox="0 0 20 20" aria-hidden="true" className="size-6">
                <path d="M10 4v12M4 10h12" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
              {t('add')}
            </label>
          </li>
        ) : null}
      </ul>
      {notice ? <FormNotice tone="error">{notice}</FormNotice> : null}
      <FieldError id={inputId}>{error}</FieldError>
    </div>
  );
}
