import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import moduleBoundaries from './scripts/eslint/module-boundaries.js';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.next/**',
      'data/**',
      '**/next-env.d.ts',
      'test-results/**',
      'apps/api/src/db/migrations/**',
      // Generated from openapi.json (npm run contract:write).
      'packages/contracts/src/api-paths.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        AbortSignal: 'readonly',
        setTimeout: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // API modules call each other through modules/<m>/index.ts only; exceptions in apps/api/module-boundaries.json.
    files: ['apps/api/src/**/*.ts'],
    plugins: { dastiyor: moduleBoundaries },
    rules: { 'dastiyor/module-boundaries': 'error' },
  },
  {
    // The web takes the contract's plain values from @dastiyor/contracts/values: a value from the barrel drags its
    // module's zod schemas (and zod) into every page that imports it (issue 18). Types are free.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: [
      // Server-side: the origin's request guard answers problems and limits in node.
      'apps/web/src/lib/origin/**',
      // The forms that validate with the API's own schemas before sending (the task form, the notification settings).
      'apps/web/src/lib/tasks-form.ts',
      'apps/web/src/lib/notification-settings-api.ts',
      'apps/web/src/components/notification-settings/notification-settings-form.tsx',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@dastiyor/contracts',
              allowTypeImports: true,
              message: 'Import values from @dastiyor/contracts/values (no zod in the browser); types may come from here.',
            },
          ],
        },
      ],
    },
  },
  {
    // The service worker is plain script run by the browser in a worker scope.
    files: ['apps/web/public/sw.js'],
    languageOptions: { sourceType: 'script', globals: { self: 'readonly' } },
  },
);
