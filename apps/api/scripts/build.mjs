// Bundles the API (with the workspace's TypeScript contracts) into dist/, keeping npm packages
// external, and copies the SQL migrations beside the bundle where src/db/migrate.ts looks for them.
import { cp, readFile, rm } from 'node:fs/promises';
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
        // Through the package's own `exports`, subpaths included (`@dastiyor/contracts/values`): a subpath left
        // to Node at run time is a .ts file it cannot load, and the API died at start.
        b.onResolve({ filter: /^@dastiyor\/[a-z-]+(\/[a-z-]+)?$/ }, async (args) => {
          const [, name, subpath] = /^@dastiyor\/([a-z-]+)(\/[a-z-]+)?$/.exec(args.path);
          const dir = path.resolve('..', '..', 'packages', name);
          const { exports } = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
          const target = exports?.[subpath ? `.${subpath}` : '.'];
          if (typeof target !== 'string') return { errors: [{ text: `${args.path} is not exported by packages/${name}` }] };
          return { path: path.resolve(dir, target) };
        });
      },
    },
  ],
  logLevel: 'warning',
});
await cp('src/db/migrations', 'dist/migrations', { recursive: true });
console.log('api: built dist/');
