import { describe, expect, it } from 'vitest';
// The same analysis the lint rule runs, over the whole API at once: cycles and stale entries need the whole graph.
import {
  apiImports,
  boundaryViolation,
  moduleGraph,
  moduleNames,
  readBoundaries,
  upwardEdges,
} from '../../../scripts/lib/module-boundaries.js';

const boundaries = readBoundaries();
const edges = await apiImports();

describe('module boundaries', () => {
  it('classifies imports as the design says', () => {
    expect(boundaryViolation('modules/reviews/provider-standing.ts', 'modules/profiles/index.ts')).toBeNull();
    expect(boundaryViolation('modules/reviews/provider-standing.ts', 'modules/reviews/reviews-repository.ts')).toBeNull();
    expect(boundaryViolation('modules/reviews/review-service.ts', 'modules/tasks/task-repository.ts')).toMatch(/reaches into tasks/);
    expect(boundaryViolation('modules/reviews/review-service.ts', 'modules/tasks/tasks.table.ts')).toMatch(/reads tasks's tables/);
    expect(boundaryViolation('modules/reviews/review-service.ts', 'db/schema/index.ts')).toMatch(/own tables/);
    expect(boundaryViolation('modules/reviews/reviews.table.ts', 'modules/tasks/tasks.table.ts')).toBeNull(); // a foreign key
    expect(boundaryViolation('platform/push/web-push.ts', 'modules/push/index.ts')).toMatch(/knows no domain/);
    expect(boundaryViolation('modules/reviews/review.test.ts', 'modules/tasks/task-repository.ts')).toBeNull();
    expect(boundaryViolation('app.ts', 'modules/tasks/routes.ts')).toBeNull();
  });

  it('lists every listed exception only while it is still needed', () => {
    const present = new Set(edges.map((e) => `${e.from} -> ${e.to}`));
    const listed = boundaries.exceptions.flatMap((g) => g.imports);
    const stale = listed.filter((entry) => {
      const [from, to] = entry.split(' -> ') as [string, string];
      return !present.has(entry) || boundaryViolation(from, to) === null;
    });
    expect(stale).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
    for (const group of boundaries.exceptions) expect(group.reason.length).toBeGreaterThan(20);
  });

  it('has no module cycle but the listed back edges, each still there', () => {
    expect([...boundaries.layers].sort()).toEqual(moduleNames());
    const { graph } = moduleGraph(edges);
    const listed = boundaries.backEdges.flatMap((g) => g.edges).sort();
    expect(upwardEdges(graph, boundaries.layers)).toEqual(listed);
    // Without the listed back edges the graph has no cycle (the layers order it).
    for (const edge of listed) {
      const [a, b] = edge.split(' -> ') as [string, string];
      graph.get(a)?.delete(b);
    }
    expect(moduleGraph.cyclesOf(graph)).toEqual([]);
  });
});
