'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { AddPhotoTile, PhotoTile, UploadTile } from '@/components/account/photo-tiles';
import { type TImage } from '@dastiyor/contracts';
import { taskLimits } from '@dastiyor/contracts/values';
import { shrinkImageForUpload } from '@/lib/shrink-image';
import { checkImageBeforeUpload, uploadImage } from '@/lib/upload-image';
import { FieldError, FormNotice } from '@/components/account/form-controls';
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
          <PhotoTile
            key={photo.id}
            photo={photo}
            alt={t('photoAlt', { number: index + 1 })}
            removeLabel={t('remove', { number: index + 1 })}
            onRemove={() => onChange((photos) => photos.filter((p) => p.id !== photo.id))}
          />
        ))}
        {uploads.map((upload) => (
          <UploadTile
            key={upload.key}
            previewUrl={upload.previewUrl}
            progress={upload.progress}
            error={upload.error}
            progressLabel={t('progress')}
            dismissLabel={t('dismiss')}
            onDismiss={() => dropUpload(upload.key)}
          />
        ))}
        {freeSlots > 0 ? (
          <AddPhotoTile inputId={inputId} inputRef={inputRef} label={t('add')} onPick={(files) => void onPick(files)} />
        ) : null}
      </ul>
      {notice ? <FormNotice tone="error">{notice}</FormNotice> : null}
      <FieldError id={inputId}>{error}</FieldError>
    </div>
  );
}
