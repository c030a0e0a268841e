import type { TMatchingTaskEvent } from '@dastiyor/contracts';
import type { FastifyBaseLogger } from 'fastify';
import type { Bus } from '../../platform/bus/bus.js';
import type { LiveSocket, LiveSockets } from '../conversations/index.js';
import { type MatchProfile, ZMatchProfileChanged, matchProfileChangedChannel } from '../profiles/index.js';
import { taskMatchesProfile } from '../tasks/index.js';
import { ZPublishedTask, matchingTaskChannel } from './matching-task-broadcast.js';

export interface MatchingTaskRelayOptions {
  bus: Bus;
  sockets: LiveSockets;
  /** The profiles module's loadMatchProfile. */
  loadProfile: (userId: string) => Promise<MatchProfile>;
  log: Pick<FastifyBaseLogger, 'warn'>;
}

interface ConnectedProvider {
  sockets: Set<LiveSocket>;
  profile: MatchProfile | null;
  /** Bumped by every load, so a slow earlier load never overwrites a later one. */
  version: number;
  /** The latest load; a second socket of the provider waits for it too before its first pong. */
  loading: Promise<void>;
}

/**
 * One instance's half of the live new-task alert (decision 015): it holds the match profile of every provider
 * connected here (loaded when their first socket opens, reloaded when they change it) indexed by service city,
 * and forwards each published task, broadcast once for all instances, to the sockets whose profile takes it
 * (task-match-rule.ts). Nothing is queried per task or per recipient, so all of them hear it at the same moment.
 * Answers the function that stops it.
 */
export async function startMatchingTaskRelay(options: MatchingTaskRelayOptions): Promise<() => Promise<void>> {
  const providers = new Map<string, ConnectedProvider>();
  const byCity = new Map<string, Set<string>>();

  const unindex = (userId: string, profile: MatchProfile | null) => {
    const city = profile?.serviceCityId;
    const ids = city ? byCity.get(city) : undefined;
    if (!city || !ids) return;
    ids.delete(userId);
    if (ids.size === 0) byCity.delete(city);
  };

  function load(userId: string, provider: ConnectedProvider): Promise<void> {
    provider.loading = loadVersion(userId, provider, ++provider.version);
    return provider.loading;
  }
  async function loadVersion(userId: string, provider: ConnectedProvider, version: number) {
    try {
      const profile = await options.loadProfile(userId);
      if (providers.get(userId) !== provider || provider.version !== version) return;
      unindex(userId, provider.profile);
      provider.profile = profile;
      if (profile.serviceCityId) byCity.set(profile.serviceCityId, (byCity.get(profile.serviceCityId) ?? new Set()).add(userId));
    } catch (error) {
      // The sockets still get everything else; this provider's live alerts wait for their next connect.
      options.log.warn({ userId, err: error }, 'a provider’s match profile could not be loaded');
    }
  }

  options.sockets.observe({
    async added(socket) {
      if (socket.role !== 'provider') return;
      const known = providers.get(socket.userId);
      if (known) {
        known.sockets.add(socket);
        return known.loading;
      }
      const provider: ConnectedProvider = { sockets: new Set([socket]), profile: null, version: 0, loading: Promise.resolve() };
      providers.set(socket.userId, provider);
      await load(socket.userId, provider);
    },
    removed(socket) {
      const provider = providers.get(socket.userId);
      if (!provider?.sockets.delete(socket) || provider.sockets.size > 0) return;
      providers.delete(socket.userId);
      unindex(socket.userId, provider.profile);
    },
  });

  const unsubscribeTasks = await options.bus.subscribe(matchingTaskChannel, (message) => {
    const parsed = ZPublishedTask.safeParse(message);
    if (!parsed.success) return;
    const task = parsed.data;
    const event: TMatchingTaskEvent = { type: 'matching_task', task: { id: task.id, title: task.title, publishedAt: task.publishedAt } };
    for (const userId of byCity.get(task.cityId) ?? []) {
      const provider = providers.get(userId);
      if (!provider?.profile || !taskMatchesProfile(task, provider.profile)) continue;
      for (const socket of provider.sockets) socket.send(event);
    }
  });
  const unsubscribeProfiles = await options.bus.subscribe(matchProfileChangedChannel, (message) => {
    const parsed = ZMatchProfileChanged.safeParse(message);
    const provider = parsed.success ? providers.get(parsed.data.userId) : undefined;
    if (parsed.success && provider) void load(parsed.data.userId, provider);
  });

  return async () => {
    await unsubscribeTasks();
    await unsubscribeProfiles();
  };
}
