'use client';

import type { ComponentType } from 'react';
import { ReportDialog as Report } from '@/components/complaints/report-dialog';
import { ChosenProviderPanel as Chosen } from '@/components/responses/chosen-provider-panel';
import { OwnResponseCard as OwnResponse } from '@/components/responses/own-response-card';
import { OwnerResponseCard as OwnerResponse } from '@/components/responses/owner-response-card';
import { OwnerSelectionPanel as OwnerSelection } from '@/components/responses/owner-selection-panel';
import { ResponseForm as Response } from '@/components/responses/response-form';
import { HydrationGate } from '@/components/system/hydration-gate';
import { TaskOwnerActions as OwnerActions } from './task-owner-actions';

// The task page's client components for signed-in people, loaded as one chunk by task-page-islands.tsx. Each
// keeps its controls disabled until it is live (HydrationGate): its chunk may arrive after the HTML is on screen.
function gated<Props extends object>(Component: ComponentType<Props>) {
  return function Gated(props: Props) {
    return (
      <HydrationGate>
        <Component {...props} />
      </HydrationGate>
    );
  };
}

export { NextIntlClientProvider } from 'next-intl';
export const ReportDialog = gated(Report);
export const ChosenProviderPanel = gated(Chosen);
export const OwnResponseCard = gated(OwnResponse);
export const OwnerResponseCard = gated(OwnerResponse);
export const OwnerSelectionPanel = gated(OwnerSelection);
export const ResponseForm = gated(Response);
export const TaskOwnerActions = gated(OwnerActions);
