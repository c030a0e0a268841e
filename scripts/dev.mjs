// `npm run dev`: the API under tsx watch and Next in dev mode, both reloading on change.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
if (fs.existsSync('.env')) process.loadEnvFile('.env');
const port = process.env.PORT ?? '3000';
const apiPort = process.env.API_PORT ?? '3001';

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const children = [
  spawn(bin('tsx'), ['watch', '--clear-screen=false', 'apps/api/src/server.ts'], {
    stdio: 'inherit',
    env: { ...process.env, API_PORT: apiPort },
  }),
  spawn(bin('next'), ['dev', '-p', port], {
    stdio: 'inherit',
    cwd: path.join(root, 'apps', 'web'),
    env: { ...process.env, API_INTERNAL_URL: `http://127.0.0.1:${apiPort}` },
  }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => (stop(), (process.exitCode = code ?? 0)));
