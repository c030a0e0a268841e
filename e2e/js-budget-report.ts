// Prints every route's first-load JavaScript (guest, signed in) from the last build; `--write` sets each ceiling in
// apps/web/js-budget.json to its weight plus 2 KB. Run after `npm run build`: npx tsx e2e/js-budget-report.ts
import fs from 'node:fs';
import path from 'node:path';
import { firstLoadJs } from './support/first-load-js.js';

const root = path.resolve(import.meta.dirname, '..');
const budgetFile = path.join(root, 'apps', 'web', 'js-budget.json');
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const budget = JSON.parse(fs.readFileSync(budgetFile, 'utf8')) as { ceilings: Record<string, { guest: number; signedIn: number }> };
const ceilings: typeof budget.ceilings = {};
for (const [route, weight] of [...firstLoadJs(path.join(root, 'apps', 'web', '.next'))].sort(([a], [b]) => a.localeCompare(b))) {
  ceilings[route] = { guest: Math.ceil(kb(weight.guest) + 2), signedIn: Math.ceil(kb(weight.signedIn) + 2) };
  console.log(`${String(kb(weight.guest)).padStart(7)} ${String(kb(weight.signedIn)).padStart(7)}  ${route}`);
}
if (process.argv.includes('--write')) {
  budget.ceilings = ceilings;
  fs.writeFileSync(budgetFile, `${JSON.stringify(budget, null, 2)}\n`);
}
