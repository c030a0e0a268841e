import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * First-load JavaScript per page route, from the build's own output: the root chunks every page loads
 * (build-manifest `rootMainFiles`) and every chunk the route's client reference manifest lists for its
 * layouts, boundaries and page — the set a browser fetches on a cold load (checked against Chromium's
 * requests), gzip -9, in bytes. Polyfills are left out: modern browsers skip them (`nomodule`).
 */
export function firstLoadJs(nextDir: string): Map<string, number> {
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
  const routes = new Map<string, number>();
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
    const route = match[1]!.replace(/^\/\[locale\]/, '').replace(/\/page$/, '') || '/';
    routes.set(
      route,
      [...chunks].reduce((sum, chunk) => sum + sizeOf(chunk), 0),
    );
  }
  return routes;
}
