// The API's module boundaries, read by the lint rule (scripts/eslint/module-boundaries.js) and by the
// boundary test (apps/api/test/module-boundaries.test.ts). Plain JavaScript so ESLint loads it as is.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const apiSrc = path.join(repoRoot, 'apps/api/src');
const modulesDir = path.join(apiSrc, 'modules');
const exceptionsFile = path.join(repoRoot, 'apps/api/module-boundaries.json');

const posix = (p) => p.split(path.sep).join('/');
/** `modules/tasks/task-service.ts` for a file of the API, `null` for anything else. */
export const apiPath = (file) => (file.startsWith(apiSrc + path.sep) ? posix(path.relative(apiSrc, file)) : null);

/**
 * Where a file of the API sits: in a module (`{ kind: 'module', name }`), in `platform/` (adapters that
 * know no domain), in `db/`, or at the top (`app.ts`, `server.ts`, `worker.ts`, `cli/`) that wires it up.
 */
export function zoneOf(relPath) {
  const [top, second, third] = relPath.split('/');
  if (top === 'modules' && third !== undefined) return { kind: 'module', name: second };
  if (top === 'modules') return { kind: 'top' };
  if (top === 'platform' || top === 'db') return { kind: top };
  return { kind: 'top' };
}

export const isTest = (relPath) => /\.test\.ts$/.test(relPath);
const isTable = (relPath) => relPath.endsWith('.table.ts');
const isSurface = (relPath, moduleName) => relPath === `modules/${moduleName}/index.ts`;

/** The file a relative import names: `./x.js` → `<dir>/x.ts`, a folder → its `index.ts`. */
export function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const target = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [target.replace(/\.js$/, '.ts'), `${target}.ts`, path.join(target, 'index.ts'), target]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return target.replace(/\.js$/, '.ts');
}

/**
 * Why an import crosses a boundary, or null when it may. Tests may import anything; a table file may
 * name another module's table for a foreign key (the database's own contract, not a call).
 */
export function boundaryViolation(fromRel, toRel) {
  if (isTest(fromRel)) return null;
  const from = zoneOf(fromRel);
  const to = zoneOf(toRel);
  if (isTable(fromRel) && isTable(toRel)) return null;
  if (from.kind === 'platform' && (to.kind === 'module' || toRel.startsWith('db/schema/'))) {
    return `platform/ knows no domain: ${fromRel} must not import ${toRel}`;
  }
  if (from.kind !== 'module') return null;
  if (toRel.startsWith('db/schema/')) {
    return `a module imports its own tables (*.table.ts), not the schema aggregate: ${toRel}`;
  }
  if (to.kind !== 'module' || to.name === from.name) return null;
  if (isSurface(toRel, to.name)) return null;
  return isTable(toRel)
    ? `${from.name} reads ${to.name}'s tables (${toRel}); call ${to.name}'s surface (modules/${to.name}/index.ts)`
    : `${from.name} reaches into ${to.name} (${toRel}); import modules/${to.name}/index.ts`;
}

export const readBoundaries = () => JSON.parse(fs.readFileSync(exceptionsFile, 'utf8'));

/** The listed exceptions, `from -> to` → the reason given for its group. */
export function readExceptions() {
  return new Map(readBoundaries().exceptions.flatMap((g) => g.imports.map((i) => [i, g.reason])));
}

/** Module dependencies that point up the declared layers, as `a -> b`. */
export function upwardEdges(graph, layers) {
  const level = new Map(layers.map((m, i) => [m, i]));
  const up = [];
  for (const [a, targets] of graph) for (const b of targets) if (level.get(b) > level.get(a)) up.push(`${a} -> ${b}`);
  return up.sort();
}

export const moduleNames = () =>
  fs
    .readdirSync(modulesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

/** Every import between the API's source files: `{ from, to }` as API paths. */
export async function apiImports() {
  const { default: ts } = await import('typescript');
  const files = fs
    .readdirSync(apiSrc, { recursive: true })
    .map((f) => path.join(apiSrc, f))
    .filter((f) => f.endsWith('.ts') && !f.includes(`${path.sep}migrations${path.sep}`));
  const edges = [];
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      const target = resolveImport(file, fileName);
      const to = target && apiPath(target);
      if (to) edges.push({ from: apiPath(file), to });
    }
  }
  return edges;
}

/** Module → modules it imports (tests and foreign-key table imports left out), and the cycles among them. */
export function moduleGraph(edges) {
  const graph = new Map(moduleNames().map((m) => [m, new Set()]));
  for (const { from, to } of edges) {
    const a = zoneOf(from);
    const b = zoneOf(to);
    if (a.kind !== 'module' || b.kind !== 'module' || a.name === b.name || isTest(from)) continue;
    if (isTable(from) && isTable(to)) continue;
    graph.get(a.name)?.add(b.name);
  }
  return { graph, cycles: moduleGraph.cyclesOf(graph) };
}
moduleGraph.cyclesOf = (graph) => stronglyConnected(graph).filter((c) => c.length > 1);

// Tarjan's algorithm: each strongly connected component of more than one module is a cycle.
function stronglyConnected(graph) {
  let index = 0;
  const stack = [];
  const meta = new Map();
  const out = [];
  const visit = (v) => {
    meta.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!meta.has(w)) {
        visit(w);
        meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
      } else if (meta.get(w).onStack) meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
    }
    if (meta.get(v).low === meta.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        meta.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!meta.has(v)) visit(v);
  return out;
}
