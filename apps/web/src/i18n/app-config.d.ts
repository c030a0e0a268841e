import type messages from '../../messages/ru.json';
import type { routing } from './routing';

// Types every t('…') key against the Russian catalog, so tsc rejects a key that does not exist.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
