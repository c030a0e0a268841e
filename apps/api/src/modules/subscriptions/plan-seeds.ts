import type { TPlanCode } from '@dastiyor/contracts';
import type { LocalizedName } from '../catalog/index.js';

export interface PlanSeed {
  code: TPlanCode;
  name: LocalizedName;
  durationDays: number;
  dailyResponseLimit: number | null;
  priority: boolean;
  highlighted: boolean;
  price: number;
  trialDays: number;
}

/** The launch plans. Seeded once each; after that admins own them, so a restart never undoes an edit. */
export const planSeeds: PlanSeed[] = [
  {
    code: 'basic',
    name: { ru: 'Базовый', tg: 'Асосӣ' },
    durationDays: 7,
    dailyResponseLimit: 5,
    priority: false,
    highlighted: false,
    price: 2_900,
    trialDays: 0,
  },
  {
    code: 'standard',
    name: { ru: 'Стандарт', tg: 'Стандарт' },
    durationDays: 30,
    dailyResponseLimit: null,
    priority: false,
    highlighted: false,
    price: 9_900,
    trialDays: 3,
  },
  {
    code: 'premium',
    name: { ru: 'Премиум', tg: 'Премиум' },
    durationDays: 30,
    dailyResponseLimit: null,
    priority: true,
    highlighted: true,
    price: 17_900,
    trialDays: 0,
  },
];
