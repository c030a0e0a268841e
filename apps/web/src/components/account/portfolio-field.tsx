'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { AddPhotoTile, PhotoTile, UploadTile } from './photo-tiles';
import { type TImage } from '@dastiyor/contracts';
import { portfolioMaxPhotos } from '@dastiyor/contracts/values';
import { api, settle } from '@/lib/api-client';
import { shrinkImageForUpload } from '@/lib/shrink-image';
import { checkImageBeforeUpload, uploadImage } from '@/lib/upload-image';
import { FormNotice } from './form-controls';
import { useImageProblemText } from './use-image-problem-text';

interface Upload {
  key: string;
  previewUrl: string;
  progress: number;
  error: string | null;
}

let uploadCounter = 0;

/**
 * Portfolio photos: a grid with a tile to add more (several at once, sent one after another with progress)
 * and a delete button on each photo. Changes are saved at once, not with the profile form.
 */
export function PortfolioField({ initial }: { initial: TImage[] }) {
  const t = useTranslations('Account.portfolio');
  const imageProblem = useImageProblemText();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [photos, setPhotos] = useState(initial);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const previews = useRef(new Set<string>());

  useEffect(() => {
    const urls = previews.current;
    return () => urls.forEach((url) => URL.revokeObjectURL(url));
  }, []);

  const active = uploads.filter((u) => u.error === null).length;
  const freeSlots = portfolioMaxPhotos - photos.length - active;

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
    setNotice(files.length > taken.length ? t('tooMany', { max: portfolioMaxPhotos, left: Math.max(0, freeSlots) }) : null);

    // Queued tiles appear at once; the photos then go one at a time, so each gets the whole connection.
    const queued = taken.map((file) => {
      const previewUrl = URL.createObjectURL(file);
      previews.current.add(previewUrl);
      return { file, item: { key: `upload-${++uploadCounter}`, previewUrl, progress: 0, error: null } satisfies Upload };
    });
    setUploads((list) => [...list, ...queued.map((q) => q.item)]);

    for (const { file, item } of queued) {
      const prepared = await shrinkImageForUpload(file);
      const local = checkImageBeforeUpload(prepared.blob);
      if (local) {
        patchUpload(item.key, { error: imageProblem.local(local) });
        continue;
      }
      const result = await uploadImage<TImage>({
        method: 'POST',
        url: '/api/v1/me/portfolio',
        file: prepared.blob,
        fileName: prepared.fileName,
        onProgress: (progress) => patchUpload(item.key, { progress }),
      });
      if (result.ok) {
        setPhotos((list) => [...list, result.data]);
        dropUpload(item.key);
      } else {
        patchUpload(item.key, {
          error: result.problem.code === 'portfolio.full' ? t('full', { max: portfolioMaxPhotos }) : imageProblem.fromApi(result.problem),
        });
      }
    }
  }

  async function remove(photo: TImage) {
    if (!window.confirm(t('confirmDelete'))) return;
    setDeleting(photo.id);
    setNotice(null);
    const result = await settle(api.DELETE('/api/v1/me/portfolio/{fileId}', { params: { path: { fileId: photo.id } } }));
    setDeleting(null);
    // Already gone (deleted on another device) is what the person wanted too.
    if (result.ok || result.problem.status === 404) setPhotos((list) => list.filter((p) => p.id !== photo.id));
    else setNotice(imageProblem.fromApi(result.problem));
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t('count', { count: photos.length, max: portfolioMaxPhotos })}</p>
      <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4">
        {photos.map((photo, index) => (
          <PhotoTile
            key={photo.id}
            photo={photo}
            alt={t('photoAlt', { number: index + 1 })}
            removeLabel={t('delete', { number: index + 1 })}
            removing={deleting === photo.id}
            lazy
            onRemove={() => void remove(photo)}
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
    </div>
  );
}
