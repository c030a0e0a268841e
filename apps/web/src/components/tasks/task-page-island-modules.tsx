'use client';

// The task page's client components for signed-in people, loaded as one chunk by task-page-islands.tsx.
export { NextIntlClientProvider } from 'next-intl';
export { ReportDialog } from '@/components/complaints/report-dialog';
export { ChosenProviderPanel } from '@/components/responses/chosen-provider-panel';
export { OwnResponseCard } from '@/components/responses/own-response-card';
export { OwnerResponseCard } from '@/components/responses/owner-response-card';
export { OwnerSelectionPanel } from '@/components/responses/owner-selection-panel';
export { ResponseForm } from '@/components/responses/response-form';
export { TaskOwnerActions } from './task-owner-actions';
