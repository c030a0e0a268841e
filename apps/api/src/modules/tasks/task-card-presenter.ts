import type { TTaskCard } from '@dastiyor/contracts';
import type { FeedRow } from './task-feed-repository.js';

const excerptLength = 180;

/** What a task card shows anyone: no address, no contacts, a trimmed description. Not pinned: the feed pins. */
export function presentTaskCard(row: FeedRow): TTaskCard {
  const text = row.description.replace(/\s+/g, ' ').trim();
  return {
    id: row.id,
    title: row.title,
    excerpt: text.length > excerptLength ? `${text.slice(0, excerptLength - 1).trimEnd()}…` : text,
    status: row.status,
    category: row.category,
    subcategory: row.subcategory,
    city: row.city,
    district: row.districtId && row.districtName ? { id: row.districtId, name: row.districtName } : null,
    budgetType: row.budgetType,
    budgetAmount: row.budgetType === 'fixed' ? row.budgetAmount : null,
    urgency: row.urgency,
    startsAt: row.startsAt?.toISOString() ?? null,
    createdAt: (row.publishedAt ?? row.createdAt).toISOString(),
    thumbnailUrl: row.thumbnailFileId ? `/api/v1/files/${row.thumbnailFileId}/small` : null,
    pinned: false,
  };
}
