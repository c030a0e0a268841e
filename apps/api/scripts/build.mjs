// Bundles the API (with the workspace's TypeScript contracts) into dist/, keeping npm packages
// external, and copies the SQL migrations beside the bundle where src/db/migrate.ts looks for them.
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const entryPoints = {
  server: 'src/server.ts',
  worker: 'src/worker.ts',
  // Beside server.js, so src/db/migrate.ts finds dist/migrations from every bundle.
  maintenance: 'src/cli/maintenance.ts',
  'admin-create': 'src/cli/admin-create.ts',
  migrate: 'src/cli/migrate.ts',
};

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  packages: 'external',
  // The contracts package is TypeScript source: bundle it instead of importing it at run time.
  plugins: [
    {
      name: 'bundle-workspace-packages',
      setup(b) {
        b.onResolve({ filter: /^@dastiyor\/[a-z-]+$/ }, (args) => ({
          path: path.resolve('..', '..', 'packages', args.path.slice('@dastiyor/'.length), 'src', 'index.ts'),
        }));
      },
    },
  ],
  logLevel: 'warning',
});
await cp('src/db/migrations', 'dist/migrations', { recursive: true });
console.log('api: built dist/');
