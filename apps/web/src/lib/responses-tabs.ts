import type { TResponseOutcome, TTaskStatus } from '@dastiyor/contracts';

// The tabs of "My responses" and the API filter each one stands for.
export const myResponsesTabs = ['all', 'pending', 'active', 'completed', 'not_chosen', 'rejected', 'withdrawn'] as const;
export type MyResponsesTab = (typeof myResponsesTabs)[number];

const filters: Record<MyResponsesTab, { outcome?: TResponseOutcome; taskStatus?: TTaskStatus }> = {
  all: {},
  pending: { outcome: 'pending' },
  active: { outcome: 'selected', taskStatus: 'in_progress' },
  completed: { outcome: 'selected', taskStatus: 'completed' },
  not_chosen: { outcome: 'not_chosen' },
  rejected: { outcome: 'rejected' },
  withdrawn: { outcome: 'withdrawn' },
};

export function filterOfTab(tab: MyResponsesTab) {
  return filters[tab];
}

/** The tab named in the query string, or `all` for anything else. */
export function tabOf(value: string | string[] | undefined): MyResponsesTab {
  return (myResponsesTabs as readonly string[]).includes(String(value)) ? (value as MyResponsesTab) : 'all';
}
