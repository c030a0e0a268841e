export type Catalog = { [key: string]: string | Catalog };
export interface KeyUsage {
  kind: 'namespace' | 'key' | 'pattern';
  namespace: string;
  key: string;
  raw?: boolean;
}
export function flattenMessages(messages: Catalog, prefix?: string): Map<string, unknown>;
export function compareCatalogs(catalogs: Record<string, Catalog>): string[];
export function findKeyUsages(source: string): KeyUsage[];
export function findUnknownKeys(usages: KeyUsage[], catalog: Catalog): KeyUsage[];
export function listSourceFiles(dir: string): string[];
export function readCatalogs(messagesDir: string, locales: string[]): Record<string, Catalog>;
export interface GlossaryTerm {
  ru: string;
  tg: string;
  not: string[];
  why: string;
  except: string[];
}
export function checkGlossary(catalogs: Record<string, Catalog>, glossary: { terms: GlossaryTerm[] }): string[];
export function readGlossary(messagesDir: string): { terms: GlossaryTerm[] };
