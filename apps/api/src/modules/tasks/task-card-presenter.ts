import type { TLocalizedName, TTaskCard } from '@dastiyor/contracts';
import type { FeedRow } from './task-feed-repository.js';

const excerptLength = 180;

/** Exactly the contract's keys: the feed writes cards without a schema pass that would strip extra ones. */
const localized = (name: TLocalizedName): TLocalizedName => ({ ru: name.ru, tg: name.tg });

/** What a task card shows anyone: no address, no contacts, a trimmed description. Not pinned: the feed pins. */
export function presentTaskCard(row: FeedRow): TTaskCard {
  const text = row.description.replace(/\s+/g, ' ').trim();
  return {
    id: row.id,
    title: row.title,
    excerpt: text.length > excerptLength ? `${text.slice(0, excerptLength - 1).trimEnd()}…` : text,
    status: row.status,
    category: { id: row.category.id, slug: row.category.slug, name: localized(row.category.name) },
    subcategory: { id: row.subcategory.id, slug: row.subcategory.slug, name: localized(row.subcategory.name) },
    city: { id: row.city.id, name: localized(row.city.name) },
    district: row.districtId && row.districtName ? { id: row.districtId, name: localized(row.districtName) } : null,
    budgetType: row.budgetType,
    budgetAmount: row.budgetType === 'fixed' ? row.budgetAmount : null,
    urgency: row.urgency,
    startsAt: row.startsAt?.toISOString() ?? null,
    createdAt: (row.publishedAt ?? row.createdAt).toISOString(),
    thumbnailUrl: row.thumbnailFileId ? `/api/v1/files/${row.thumbnailFileId}/small` : null,
    pinned: false,
  };
}
