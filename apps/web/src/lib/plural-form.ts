export type PluralForms = Record<'one' | 'few' | 'many' | 'other', string>;

/**
 * A count in words from forms the server translated, `#` standing for the number: Intl.PluralRules picks the form
 * the language needs (Russian: 1 непрочитанное, 3 непрочитанных, 21 непрочитанное). For client code that must not
 * load next-intl's formatter for one label (the header's bell, issue 18).
 */
export function pluralForm(forms: PluralForms, locale: string, count: number): string {
  const category = new Intl.PluralRules(locale).select(count);
  const form = category in forms ? forms[category as keyof PluralForms] : forms.other;
  return form.replace('#', new Intl.NumberFormat(locale).format(count));
}
