'use client';

import type { Ref } from 'react';
import { type TImage } from '@dastiyor/contracts';
import { imageUploadRules } from '@dastiyor/contracts/values';
import { ProgressBar } from './form-controls';

// The square tiles of a photo grid field (portfolio, task photos): a stored photo with its remove
// button, an upload in flight with its progress or error, and the "add" picker. Labels come from the caller.

const tileClass = 'relative aspect-square overflow-hidden rounded-xl bg-slate-100 ring-1 ring-slate-200';

export function PhotoTile(props: {
  photo: TImage;
  alt: string;
  removeLabel: string;
  removing?: boolean;
  lazy?: boolean;
  onRemove: () => void;
}) {
  const { photo } = props;
  return (
    <li className={tileClass}>
      <img
        src={photo.small}
        alt={props.alt}
        width={photo.width}
        height={photo.height}
        loading={props.lazy ? 'lazy' : undefined}
        decoding="async"
        className="size-full object-cover"
      />
      <button
        type="button"
        onClick={props.onRemove}
        disabled={props.removing}
        aria-label={props.removeLabel}
        className="absolute top-1 right-1 flex size-9 items-center justify-center rounded-full bg-white/90 text-slate-800 shadow ring-1 ring-slate-300 hover:bg-red-50 hover:text-red-700 disabled:opacity-60"
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" className="size-4">
          <path d="M5 5l10 10M15 5 5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
    </li>
  );
}

export function UploadTile(props: {
  previewUrl: string;
  progress: number;
  error?: string | null;
  progressLabel: string;
  dismissLabel: string;
  onDismiss: () => void;
}) {
  return (
    <li className={tileClass}>
      <img src={props.previewUrl} alt="" className="size-full object-cover opacity-50" />
      <div className="absolute inset-x-0 bottom-0 space-y-1 bg-white/90 p-1.5">
        {props.error ? (
          <>
            <p role="alert" className="line-clamp-3 text-xs font-medium text-red-700">
              {props.error}
            </p>
            <button type="button" className="text-xs font-semibold text-slate-700 underline" onClick={props.onDismiss}>
              {props.dismissLabel}
            </button>
          </>
        ) : (
          <ProgressBar fraction={props.progress} label={props.progressLabel} />
        )}
      </div>
    </li>
  );
}

export function AddPhotoTile(props: {
  inputId: string;
  inputRef: Ref<HTMLInputElement>;
  label: string;
  onPick: (files: FileList | null) => void;
}) {
  return (
    <li className="aspect-square">
      <input
        ref={props.inputRef}
        id={props.inputId}
        type="file"
        multiple
        accept={imageUploadRules.accept.join(',')}
        className="peer sr-only"
        onChange={(event) => props.onPick(event.target.files)}
      />
      <label
        htmlFor={props.inputId}
        className="flex size-full cursor-pointer flex-col items-center justify-center gap-1 rounded-xl border-2 border-dashed border-slate-300 bg-white p-2 text-center text-sm font-semibold text-brand-800 peer-focus-visible:outline-2 peer-focus-visible:outline-brand-600 hover:border-brand-600"
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" className="size-6">
          <path d="M10 4v12M4 10h12" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        {props.label}
      </label>
    </li>
  );
}
