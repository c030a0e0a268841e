export interface Step {
  title: string;
  text: string;
}

export function StepList({ steps }: { steps: Step[] }) {
  return (
    <ol className="mt-6 space-y-5">
      {steps.map((step, index) => (
        <li key={step.title} className="flex gap-4">
          <span
            aria-hidden="true"
            className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-bold text-brand-800"
          >
            {index + 1}
          </span>
          <div>
            <h4 className="font-semibold text-slate-900">{step.title}</h4>
            <p className="mt-1 text-sm text-slate-600">{step.text}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
