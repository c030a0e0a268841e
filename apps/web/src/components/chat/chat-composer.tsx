'use client';

import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { type TImage, type TMessage } from '@dastiyor/contracts';
import { imageUploadRules, messageTextMax } from '@dastiyor/contracts/values';
import { idempotentApi, settle } from '@/lib/api-client';
import { shrinkImageForUpload } from '@/lib/shrink-image';
import { checkImageBeforeUpload, uploadImage } from '@/lib/upload-image';
import { useImageProblemText } from '@/components/account/use-image-problem-text';
import { useProblemText } from '@/components/account/use-problem-text';

interface Picked {
  blob: Blob;
  fileName: string;
  previewUrl: string;
}

/** Text and an optional photo (previewed before sending); the photo is uploaded first, then the message refers to it. */
export function ChatComposer({ conversationId, onSent }: { conversationId: string; onSent: (message: TMessage) => void }) {
  const t = useTranslations('Chat.composer');
  const text = useProblemText();
  const imageProblem = useImageProblemText();
  const fileRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState('');
  const [picked, setPicked] = useState<Picked | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => () => (picked ? URL.revokeObjectURL(picked.previewUrl) : undefined), [picked]);

  async function pick(file: File | undefined) {
    if (fileRef.current) fileRef.current.value = '';
    if (!file) return;
    setError(null);
    const prepared = await shrinkImageForUpload(file);
    const local = checkImageBeforeUpload(prepared.blob);
    if (local) {
      setError(imageProblem.local(local));
      return;
    }
    setPicked({ ...prepared, previewUrl: URL.createObjectURL(prepared.blob) });
  }

  async function send(event?: FormEvent) {
    event?.preventDefault();
    const body = draft.trim();
    if (sending || (!body && !picked)) return;
    setSending(true);
    setError(null);
    let attachmentId: string | undefined;
    if (picked) {
      setProgress(0);
      const uploaded = await uploadImage<TImage>({
        method: 'POST',
        url: `/api/v1/conversations/${conversationId}/images`,
        file: picked.blob,
        fileName: picked.fileName,
        onProgress: setProgress,
      });
      setProgress(null);
      if (!uploaded.ok) {
        setSending(false);
        setError(imageProblem.fromApi(uploaded.problem));
        return;
      }
      attachmentId = uploaded.data.id;
    }
    const result = await settle(
      idempotentApi.POST('/api/v1/conversations/{id}/messages', {
        params: { path: { id: conversationId } },
        body: { ...(body ? { text: body } : {}), ...(attachmentId ? { attachmentId } : {}) },
      }),
    );
    setSending(false);
    if (!result.ok) {
      setError(text.problem(result.problem));
      return;
    }
    // Only what went out: whatever was typed or picked while it was on its way stays for the next message.
    const sentPhoto = picked;
    setDraft((current) => (current.trim() === body ? '' : current));
    setPicked((current) => (current === sentPhoto ? null : current));
    onSent(result.data);
    textRef.current?.focus();
  }

  // Enter sends on a keyboard; Shift+Enter (and the phone's return key, which has no Shift) makes a new line.
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing && window.matchMedia('(pointer: fine)').matches) {
      event.preventDefault();
      void send();
    }
  }

  return (
    <form onSubmit={send} className="border-t border-slate-200 bg-white px-3 py-2">
      {error ? (
        <p role="alert" className="mb-2 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {picked ? (
        <div className="mb-2 flex items-center gap-3">
          <img src={picked.previewUrl} alt={t('previewAlt')} className="size-16 rounded-lg object-cover ring-1 ring-slate-200" />
          {progress !== null ? (
            <span className="text-sm text-slate-600">{t('uploading', { percent: Math.round(progress * 100) })}</span>
          ) : (
            <button type="button" onClick={() => setPicked(null)} className="min-h-10 rounded-lg px-2 text-sm font-semibold text-red-700">
              {t('removePhoto')}
            </button>
          )}
        </div>
      ) : null}
      <div className="flex items-end gap-2">
        <input
          ref={fileRef}
          type="file"
          accept={imageUploadRules.accept.join(',')}
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => void pick(e.target.files?.[0])}
        />
        <button
          type="button"
          onClick={() => fileRef.current?.click()}
          disabled={sending}
          aria-label={t('attach')}
          title={t('attach')}
          className="flex size-11 shrink-0 items-center justify-center rounded-full text-slate-600 hover:bg-slate-100 disabled:opacity-50"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="2">
            <rect x="3" y="5" width="18" height="14" rx="2" />
            <circle cx="9" cy="10" r="2" />
            <path d="m21 16-5-5-8 8" />
          </svg>
        </button>
        <label className="sr-only" htmlFor={`composer-${conversationId}`}>
          {t('label')}
        </label>
        <textarea
          ref={textRef}
          id={`composer-${conversationId}`}
          rows={1}
          maxLength={messageTextMax}
          value={draft}
          placeholder={t('placeholder')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          className="max-h-32 min-h-11 flex-1 resize-none rounded-2xl border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 placeholder:text-slate-400 focus:border-brand-600"
        />
        <button
          type="submit"
          disabled={sending || (!draft.trim() && !picked)}
          aria-label={t('send')}
          title={t('send')}
          className="flex size-11 shrink-0 items-center justify-center rounded-full bg-brand-700 text-white hover:bg-brand-800 disabled:opacity-50"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="currentColor">
            <path d="M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z" />
          </svg>
        </button>
      </div>
    </form>
  );
}
