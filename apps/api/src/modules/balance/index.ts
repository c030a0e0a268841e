// The balance module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export { assertBalanceHolder, chargeBalance, creditBalance } from './balance-service.js';
