import { fetchCategories, fetchLatestTasks } from '@/lib/api';
import { resolveLocaleParam } from '@/lib/locale-param';
import { BenefitsSection } from '@/components/landing/benefits-section';
import { CategoriesSection } from '@/components/landing/categories-section';
import { HeroSection } from '@/components/landing/hero-section';
import { HowItWorksSection } from '@/components/landing/how-it-works-section';
import { LatestTasksSection } from '@/components/landing/latest-tasks-section';

const latestTaskCount = 6;

export default async function LandingPage({ params }: { params: Promise<{ locale: string }> }) {
  await resolveLocaleParam(params);
  const [categories, tasks] = await Promise.all([fetchCategories(), fetchLatestTasks(latestTaskCount)]);
  return (
    <>
      <HeroSection />
      <HowItWorksSection />
      <CategoriesSection categories={categories.ok ? categories.data.items : null} />
      <LatestTasksSection tasks={tasks.ok ? tasks.data.items : null} now={new Date()} />
      <BenefitsSection />
    </>
  );
}
