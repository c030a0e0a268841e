import { useTranslations } from 'next-intl';
import { Container } from '@/components/ui/container';
import { SectionHeading } from '@/components/ui/section-heading';
import { CheckIcon } from '@/components/icons/check-icon';

// Only promises the product keeps by design (see DESIGN.md: review rules, contact redaction, ru/tg, light pages).
const benefits = ['reviews', 'verified', 'privacy', 'local', 'languages', 'light'] as const;

export function BenefitsSection() {
  const t = useTranslations('Landing.benefits');
  return (
    <section aria-labelledby="benefits" className="py-14">
      <Container>
        <SectionHeading id="benefits" title={t('title')} />
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {benefits.map((benefit) => (
            <li key={benefit} className="rounded-xl border border-slate-200 bg-white p-5">
              <span className="flex size-9 items-center justify-center rounded-full bg-brand-50 text-brand-700">
                <CheckIcon />
              </span>
              <h3 className="mt-3 font-semibold text-slate-900">{t(`items.${benefit}.title`)}</h3>
              <p className="mt-1 text-sm text-slate-600">{t(`items.${benefit}.text`)}</p>
            </li>
          ))}
        </ul>
      </Container>
    </section>
  );
}
