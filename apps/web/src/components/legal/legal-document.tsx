import { Container } from '@/components/ui/container';

export interface LegalSection {
  id: string;
  title: string;
  text: string;
}

export function LegalDocument({ title, updated, sections }: { title: string; updated: string; sections: LegalSection[] }) {
  return (
    <Container className="py-10 sm:py-14">
      <article className="mx-auto max-w-3xl rounded-2xl border border-slate-200 bg-white px-5 py-8 shadow-sm sm:px-10 sm:py-10">
        <h1 className="text-2xl font-bold tracking-tight break-words hyphens-auto text-slate-900 sm:text-3xl">{title}</h1>
        <p className="mt-2 text-sm text-slate-500">{updated}</p>
        <ol className="mt-8 space-y-7">
          {sections.map((section, index) => (
            <li key={section.id} id={section.id} className="scroll-mt-4">
              <h2 className="text-lg font-semibold text-slate-900">
                {index + 1}. {section.title}
              </h2>
              <p className="mt-2 leading-relaxed text-slate-700">{section.text}</p>
            </li>
          ))}
        </ol>
      </article>
    </Container>
  );
}
