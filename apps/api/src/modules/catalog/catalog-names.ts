import { QueryBuilder } from 'drizzle-orm/pg-core';
import { categories, cities, districts } from './catalog.table.js';

// What a card shows of the catalog beside another module's rows, joined by id in the same query: the feed's
// page is one query at national scale, and a plain subquery is pulled up into it (the plan is the tables').

const qb = new QueryBuilder();

/** Category ids, slugs and names; `alias` tells a category from a subcategory joined to the same row. */
export const categoryNames = (alias: string) =>
  qb.select({ id: categories.id, slug: categories.slug, name: categories.name }).from(categories).as(alias);

export const cityNames = qb.select({ id: cities.id, name: cities.name }).from(cities).as('city_names');

export const districtNames = qb.select({ id: districts.id, name: districts.name }).from(districts).as('district_names');
