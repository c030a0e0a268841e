'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { StopWordLocale, stopWordLimits } from '@dastiyor/contracts/values';
import { inputClass } from '@/components/account/form-controls';
import { primaryButton } from '@/components/ui/button-styles';
import { ProblemLine } from './problem-line';
import { api, settle } from '@/lib/api-client';
import { useAdminAction } from '@/components/admin/use-admin-action';

/** Add a word or a short phrase for one language; the server folds it and refuses a duplicate. */
export function StopWordForm() {
  const t = useTranslations('Admin.moderation.stopWords');
  const [word, setWord] = useState('');
  const [locale, setLocale] = useState<(typeof StopWordLocale)[number]>('ru');
  const { run, pending, problem } = useAdminAction();
  return (
    <form
      className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
      onSubmit={async (event) => {
        event.preventDefault();
        if (await run(() => settle(api.POST('/api/v1/admin/stop-words', { body: { word: word.trim(), locale } })))) setWord('');
      }}
    >
      <div>
        <label htmlFor="stop-word" className="mb-1 block text-sm font-semibold text-slate-800">
          {t('word')}
        </label>
        <input
          id="stop-word"
          value={word}
          onChange={(e) => setWord(e.target.value)}
          maxLength={stopWordLimits.max}
          required
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="stop-word-locale" className="mb-1 block text-sm font-semibold text-slate-800">
          {t('language')}
        </label>
        <select
          id="stop-word-locale"
          value={locale}
          onChange={(e) => setLocale(e.target.value === 'tg' ? 'tg' : 'ru')}
          className={inputClass}
        >
          {StopWordLocale.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending || word.trim() === ''} className={primaryButton}>
        {t('add')}
      </button>
      <div className="sm:col-span-3">
        <p className="text-sm text-slate-500">{t('hint')}</p>
        <ProblemLine problem={problem} />
      </div>
    </form>
  );
}
