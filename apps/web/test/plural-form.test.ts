import { describe, expect, it } from 'vitest';
import { type PluralForms, pluralForm } from '../src/lib/plural-form';
import ru from '../messages/ru.json' with { type: 'json' };
import tg from '../messages/tg.json' with { type: 'json' };

describe('pluralForm', () => {
  const forms: PluralForms = ru.Notifications.bellUnreadForms;

  it('picks the Russian form each count needs', () => {
    expect(pluralForm(forms, 'ru', 1)).toBe('Уведомления: 1 непрочитанное');
    expect(pluralForm(forms, 'ru', 3)).toBe('Уведомления: 3 непрочитанных');
    expect(pluralForm(forms, 'ru', 5)).toBe('Уведомления: 5 непрочитанных');
    expect(pluralForm(forms, 'ru', 21)).toBe('Уведомления: 21 непрочитанное');
    expect(pluralForm(forms, 'ru', 1.5)).toBe('Уведомления: 1,5 непрочитанного');
  });

  it('falls back to "other" where a language has fewer forms, and writes numbers in its style', () => {
    expect(pluralForm(tg.Notifications.bellUnreadForms, 'tg', 2)).toBe('Огоҳиномаҳо: 2 хонданашуда');
    expect(pluralForm({ one: 'one #', few: 'few #', many: 'many #', other: 'other #' }, 'en', 1200)).toBe('other 1,200');
  });
});
