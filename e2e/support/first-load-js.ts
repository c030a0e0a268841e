import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface RouteWeight {
  /** Chunk files (relative to .next) a guest's cold load fetches. */
  guestChunks: string[];
  /** Bytes, gzip -9, of `guestChunks`. */
  guest: number;
  /** With the signed-in header's lazily loaded chunks (bell, sign-out) added. */
  signedInChunks: string[];
  /** Bytes, gzip -9, of `signedInChunks`. */
  signedIn: number;
}

/**
 * First-load JavaScript per page route, from the build's own output. A guest's cold load fetches the root
 * chunks every page loads (build-manifest `rootMainFiles`) and every chunk the route's client reference manifest
 * lists for its layouts, boundaries and page (e2e/js-budget.e2e.ts checks this against Chromium's requests).
 * A signed-in person's also fetches the `next/dynamic` islands those chunks hold (the header's bell, the task
 * page's forms), counted all at once: an upper bound. A plain `import()` run on demand (the task form's schema
 * check) is not counted. Polyfills are left out: modern browsers skip them (`nomodule`).
 */
export function firstLoadJs(nextDir: string): Map<string, RouteWeight> {
  const build = JSON.parse(fs.readFileSync(path.join(nextDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  const appDir = path.join(nextDir, 'server', 'app');
  const gzipped = new Map<string, number>();
  const sizeOf = (chunk: string) => {
    let size = gzipped.get(chunk);
    if (size === undefined) {
      size = zlib.gzipSync(fs.readFileSync(path.join(nextDir, chunk)), { level: 9 }).length;
      gzipped.set(chunk, size);
    }
    return size;
  };
  const sum = (chunks: Iterable<string>) => [...chunks].reduce((total, chunk) => total + sizeOf(chunk), 0);
  const routes = new Map<string, RouteWeight>();
  const manifests = fs
    .readdirSync(appDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('page_client-reference-manifest.js'));
  for (const file of manifests) {
    // The manifest is a script assigning globalThis.__RSC_MANIFEST[route]; read it without running it.
    const source = fs.readFileSync(path.join(appDir, file), 'utf8');
    const match = /__RSC_MANIFEST\["([^"]+)"\]\s*=\s*(\{.*\});?\s*$/s.exec(source);
    if (!match) throw new Error(`unreadable client reference manifest ${file}`);
    const manifest = JSON.parse(match[2]!) as { entryJSFiles: Record<string, string[]> };
    const chunks = new Set(build.rootMainFiles);
    for (const list of Object.values(manifest.entryJSFiles)) for (const chunk of list) chunks.add(chunk);
    const signedIn = new Set(chunks);
    for (const chunk of islandChunksOf(nextDir, [...chunks])) signedIn.add(chunk);
    const route = match[1]!.replace(/^\/\[locale\]/, '').replace(/\/page$/, '') || '/';
    routes.set(route, { guestChunks: [...chunks], guest: sum(chunks), signedInChunks: [...signedIn], signedIn: sum(signedIn) });
  }
  return routes;
}

/**
 * Chunks the `next/dynamic` components in `chunks` load. Turbopack writes `dynamic(() => import(x))` as
 * `(0,d.default)(()=>e.A(<loader>)…)` and each loader as `<loader>,e=>{e.v(t=>Promise.all([<files>].map(…`.
 */
function islandChunksOf(nextDir: string, chunks: string[]): Set<string> {
  const code = chunks.map((chunk) => fs.readFileSync(path.join(nextDir, chunk), 'utf8')).join('\n');
  const islands = new Set<string>();
  for (const call of code.matchAll(/\(0,\w+\.default\)\(\(\)=>\w+\.A\((\d+)\)/g)) {
    const loader = new RegExp(`[,\\[]${call[1]},\\w+=>\\{\\w+\\.v\\(\\w+=>Promise\\.all\\(\\[((?:"static/chunks/[^"]+\\.js",?)+)\\]`).exec(
      code,
    );
    if (!loader) throw new Error(`no chunk loader ${call[1]} for a next/dynamic island`);
    for (const file of loader[1]!.matchAll(/"(static\/chunks\/[^"]+\.js)"/g)) islands.add(file[1]!);
  }
  return islands;
}
