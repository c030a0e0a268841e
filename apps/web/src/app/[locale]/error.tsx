'use client';

import { useEffect } from 'react';
import { Container } from '@/components/ui/container';
import { primaryButton } from '@/components/ui/button-styles';
import { useErrorPageText } from '@/components/system/error-page-text';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const text = useErrorPageText();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <Container className="py-16 text-center">
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{text.title}</h1>
      <p className="mt-3 text-slate-600">{text.text}</p>
      <button type="button" onClick={() => retry()} className={`${primaryButton} mt-8`}>
        {text.retry}
      </button>
    </Container>
  );
}
