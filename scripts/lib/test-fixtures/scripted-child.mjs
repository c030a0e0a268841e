// A stand-in for the API in the supervisor's tests. Each run takes the next step of its script
// (argv[3..]; the last one repeats), counting runs in the file argv[2]:
//   "<code>"        exit with that code at once
//   "<code>@<ms>"   run for <ms> milliseconds, then exit with <code>
//   "run"           keep running until signalled
import fs from 'node:fs';
import { setInterval, setTimeout } from 'node:timers';

const [stateFile, ...steps] = process.argv.slice(2);
const run = fs.existsSync(stateFile) ? Number(fs.readFileSync(stateFile, 'utf8')) : 0;
fs.writeFileSync(stateFile, String(run + 1));
const step = steps[Math.min(run, steps.length - 1)];
if (step === 'run') {
  setInterval(() => {}, 1000);
} else {
  const [code, after] = step.split('@');
  setTimeout(() => process.exit(Number(code)), Number(after ?? 0));
}
