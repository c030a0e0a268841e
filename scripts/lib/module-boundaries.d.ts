// Types for module-boundaries.js (plain JavaScript so ESLint loads it without a build).
export interface ApiImport {
  from: string;
  to: string;
}
export type ModuleGraphMap = Map<string, Set<string>>;
export interface Boundaries {
  layers: string[];
  backEdges: { reason: string; edges: string[] }[];
  exceptions: { reason: string; imports: string[] }[];
}
export const repoRoot: string;
export const apiSrc: string;
export function apiPath(file: string): string | null;
export function zoneOf(relPath: string): { kind: 'module'; name: string } | { kind: 'platform' | 'db' | 'top' };
export function isTest(relPath: string): boolean;
export function resolveImport(fromFile: string, specifier: string): string | null;
export function boundaryViolation(fromRel: string, toRel: string): string | null;
export function readBoundaries(): Boundaries;
export function readExceptions(): Map<string, string>;
export function upwardEdges(graph: ModuleGraphMap, layers: string[]): string[];
export function moduleNames(): string[];
export function apiImports(): Promise<ApiImport[]>;
export const moduleGraph: {
  (edges: ApiImport[]): { graph: ModuleGraphMap; cycles: string[][] };
  cyclesOf(graph: ModuleGraphMap): string[][];
};
