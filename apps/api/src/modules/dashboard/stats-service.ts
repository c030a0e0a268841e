import type { TMyStats } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { forbidden } from '../../platform/http/errors.js';
import type { AuthContext } from '../auth/index.js';
import { findProviderProfile } from '../profiles/index.js';
import { countProviderResponses } from '../responses/index.js';
import { countCustomerTasks, countProviderWork, countReviewsGiven } from './stats-repository.js';

export interface DashboardDeps {
  db: Db;
}

/** The figures at the top of a dashboard, for the caller's role; admins have their own statistics. */
export async function myStats(deps: DashboardDeps, auth: AuthContext): Promise<TMyStats> {
  const userId = auth.user.id;
  if (auth.user.role === 'provider') {
    const [responses, work, profile] = await Promise.all([
      countProviderResponses(deps.db, userId),
      countProviderWork(deps.db, userId),
      findProviderProfile(deps.db, userId),
    ]);
    return {
      role: 'provider',
      responsesSent: responses.sent,
      selected: responses.selected,
      inProgress: work.get('in_progress') ?? 0,
      completed: work.get('completed') ?? 0,
      ratingAverage: profile?.ratingAverage ?? null,
      reviewsCount: profile?.reviewsCount ?? 0,
    };
  }
  if (auth.user.role === 'customer') {
    const [tasks, reviewsGiven] = await Promise.all([countCustomerTasks(deps.db, userId), countReviewsGiven(deps.db, userId)]);
    return {
      role: 'customer',
      tasksPosted: [...tasks.values()].reduce((a, b) => a + b, 0),
      open: tasks.get('new') ?? 0,
      inProgress: tasks.get('in_progress') ?? 0,
      completed: tasks.get('completed') ?? 0,
      reviewsGiven,
    };
  }
  throw forbidden('Dashboard figures are for customers and providers');
}
