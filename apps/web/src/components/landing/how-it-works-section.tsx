import { useTranslations } from 'next-intl';
import { Container } from '@/components/ui/container';
import { SectionHeading } from '@/components/ui/section-heading';
import { StepList } from './step-list';

const customerSteps = ['describe', 'offers', 'choose', 'review'] as const;
const providerSteps = ['profile', 'subscribe', 'respond', 'grow'] as const;

const cardClass = 'scroll-mt-6 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8';

export function HowItWorksSection() {
  const t = useTranslations('Landing');
  return (
    <section aria-labelledby="how-it-works" className="py-14">
      <Container>
        <SectionHeading id="how-it-works" title={t('howItWorks.title')} />
        <div className="grid gap-6 lg:grid-cols-2">
          <article id="for-customers" className={cardClass}>
            <h3 className="text-xl font-bold text-slate-900">{t('customers.title')}</h3>
            <p className="mt-1 text-slate-600">{t('customers.lead')}</p>
            <StepList
              steps={customerSteps.map((step) => ({ title: t(`customers.steps.${step}.title`), text: t(`customers.steps.${step}.text`) }))}
            />
          </article>
          <article id="for-providers" className={cardClass}>
            <h3 className="text-xl font-bold text-slate-900">{t('providers.title')}</h3>
            <p className="mt-1 text-slate-600">{t('providers.lead')}</p>
            <StepList
              steps={providerSteps.map((step) => ({ title: t(`providers.steps.${step}.title`), text: t(`providers.steps.${step}.text`) }))}
            />
            <p className="mt-6 rounded-lg bg-slate-50 px-4 py-3 text-sm text-slate-600">{t('providers.rankingNote')}</p>
          </article>
        </div>
      </Container>
    </section>
  );
}
