'use client';

import { type TNotificationChannel, type TNotificationSettings, type TNotificationType } from '@dastiyor/contracts';
import { NotificationChannel } from '@dastiyor/contracts/values';
import { useTranslations } from 'next-intl';
import { notificationTextKey } from '@/lib/notifications-text';
import { smsOffered } from './visible-types';

type Channels = TNotificationSettings['channels'];

/**
 * One row per event: its name, then the three channel toggles side by side (a list on a phone, a table-like
 * grid from sm up). SMS is only offered for smsWorthyTypes.
 */
export function ChannelList({
  types,
  channels,
  onToggle,
}: {
  types: TNotificationType[];
  channels: Channels;
  onToggle: (type: TNotificationType, channel: TNotificationChannel, on: boolean) => void;
}) {
  const t = useTranslations('NotificationSettings');
  return (
    <ul className="divide-y divide-slate-200">
      {types.map((type) => {
        const key = notificationTextKey[type];
        const name = t(`types.${key}`);
        return (
          <li key={type} className="py-3 sm:flex sm:items-center sm:gap-4" data-notification-type={type}>
            <p id={`ns-${key}`} className="text-sm font-semibold text-slate-900 sm:flex-1 sm:text-base">
              {name}
            </p>
            <div role="group" aria-labelledby={`ns-${key}`} className="mt-2 grid grid-cols-3 gap-2 sm:mt-0 sm:w-72 sm:shrink-0">
              {NotificationChannel.map((channel) => {
                const offered = channel !== 'sms' || smsOffered(type);
                return (
                  <label
                    key={channel}
                    title={offered ? undefined : t('smsNotOffered')}
                    className={`flex min-h-11 items-center justify-center gap-2 rounded-lg border px-2 text-sm ${
                      offered ? 'border-slate-300 text-slate-800' : 'border-slate-200 bg-slate-50 text-slate-400'
                    }`}
                  >
                    <input
                      type="checkbox"
                      name={`${type}.${channel}`}
                      className="size-4 accent-brand-700"
                      checked={offered && channels[type][channel]}
                      disabled={!offered}
                      aria-label={`${name}: ${t(`channels.${channel}`)}`}
                      onChange={(event) => onToggle(type, channel, event.target.checked)}
                    />
                    <span aria-hidden="true">{t(`channels.${channel}`)}</span>
                  </label>
                );
              })}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
