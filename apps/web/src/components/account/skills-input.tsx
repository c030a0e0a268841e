'use client';

import { useTranslations } from 'next-intl';
import { describedBy, FieldError, inputClass, smallButton } from './form-controls';

export const skillRules = { maxLength: 60, maxCount: 30 } as const;

/** Adds `raw` unless it is blank or already there (compared as the API does: trimmed, spaces collapsed, any case). */
export function withSkill(skills: string[], raw: string): string[] {
  const skill = raw.trim().replace(/\s+/g, ' ');
  if (skill === '' || skills.length >= skillRules.maxCount) return skills;
  const key = skill.toLocaleLowerCase('ru');
  return skills.some((s) => s.toLocaleLowerCase('ru') === key) ? skills : [...skills, skill];
}

/**
 * Skills as removable chips with an input to add one (Enter or the button). The text still in the input
 * is the parent's too, so Save can include a skill the person typed but did not add.
 */
export function SkillsInput({
  id,
  skills,
  draft,
  error,
  onChange,
  onDraftChange,
}: {
  id: string;
  skills: string[];
  draft: string;
  error?: string;
  onChange: (skills: string[]) => void;
  onDraftChange: (draft: string) => void;
}) {
  const t = useTranslations('Account.skills');
  const full = skills.length >= skillRules.maxCount;
  const hint = full ? t('full', { max: skillRules.maxCount }) : t('hint', { max: skillRules.maxCount });

  const add = () => {
    onChange(withSkill(skills, draft));
    onDraftChange('');
  };

  return (
    <div>
      <label htmlFor={id} className="mb-1.5 block text-sm font-semibold text-slate-800">
        {t('label')}
      </label>
      {skills.length > 0 ? (
        <ul aria-label={t('listLabel')} className="mb-2 flex flex-wrap gap-2">
          {skills.map((skill) => (
            <li
              key={skill}
              className="inline-flex max-w-full items-center gap-1 rounded-full bg-brand-50 py-1 pr-1 pl-3 text-sm font-medium text-brand-900 ring-1 ring-brand-200"
            >
              <span className="min-w-0 break-words">{skill}</span>
              <button
                type="button"
                aria-label={t('remove', { skill })}
                onClick={() => onChange(skills.filter((s) => s !== skill))}
                className="flex size-8 shrink-0 items-center justify-center rounded-full text-brand-800 hover:bg-brand-100"
              >
                <svg viewBox="0 0 20 20" aria-hidden="true" className="size-3.5">
                  <path d="M5 5l10 10M15 5 5 15" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex gap-2">
        <input
          id={id}
          type="text"
          value={draft}
          maxLength={skillRules.maxLength}
          disabled={full}
          placeholder={t('placeholder')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hint, error })}
          onChange={(event) => onDraftChange(event.target.value)}
          onKeyDown={(event) => {
            // Enter adds the skill instead of submitting the whole profile.
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
          className={inputClass}
        />
        <button type="button" className={`${smallButton} min-h-11 shrink-0`} onClick={add} disabled={full || draft.trim() === ''}>
          {t('add')}
        </button>
      </div>
      <p id={`${id}-hint`} className="mt-1.5 text-sm text-slate-500">
        {hint}
      </p>
      <FieldError id={id}>{error}</FieldError>
    </div>
  );
}
