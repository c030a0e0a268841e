/**
 * Ids and texts the fuzzer has seen the API hand out, by kind, so requests name real rows: a task id
 * where a task is expected, this list's own cursors for `cursor`. Learnt from every success answer,
 * so a new route's rows join without anyone listing them.
 */

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Field, parameter and path words that name another kind than they spell. */
const synonyms: Record<string, string> = {
  provider: 'user',
  customer: 'user',
  actor: 'user',
  author: 'user',
  reporter: 'user',
  recipient: 'user',
  selectedprovider: 'user',
  owner: 'user',
  reader: 'user',
  sender: 'user',
  subcategory: 'category',
  parent: 'category',
  children: 'category',
  attachment: 'file',
  avatarfile: 'file',
  photo: 'file',
  image: 'file',
  portfolio: 'file',
  avatar: 'file',
  stopword: 'stopword',
  'stop-word': 'stopword',
  item: '',
  target: '',
};

/** `taskId`, `tasks`, `categories`, `stop-words` → `task`, `task`, `category`, `stop-word`… then synonyms. */
export function kindOf(word: string): string {
  let w = word.replace(/Ids?$/, '').toLowerCase();
  if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return synonyms[w] ?? w;
}

/** The collection an OpenAPI path serves or a `{param}` in it names: the static word before it. */
export function resourceOf(path: string, param?: string): string {
  const segments = path.split('/').filter(Boolean);
  const end = param ? segments.indexOf(`{${param}}`) : segments.length;
  for (let i = end - 1; i >= 0; i--) {
    const segment = segments[i]!;
    if (!segment.startsWith('{') && !uuid.test(segment) && !['api', 'v1', 'me', 'admin'].includes(segment))
      return kindOf(segment.replace(/\.csv$/, ''));
  }
  return '';
}

export class KnownValues {
  private readonly ids = new Map<string, Set<string>>();
  private readonly texts = new Map<string, Set<string>>();
  private readonly cursors = new Map<string, Set<string>>();
  /** Ids that belong together, as one answer held them: a task card's category, subcategory, city and district. */
  private readonly records = new Map<string, Record<string, string>>();

  addId(kind: string, id: string) {
    if (!uuid.test(id)) return;
    const set = this.ids.get(kind) ?? new Set();
    set.add(id);
    this.ids.set(kind, set);
  }

  addText(name: string, text: string) {
    const set = this.texts.get(name) ?? new Set();
    set.add(text);
    this.texts.set(name, set);
  }

  /** Ids of the kind a name suggests; every id when it suggests none known. */
  idsFor(name: string): string[] {
    const own = this.ids.get(kindOf(name));
    if (own?.size) return [...own];
    return [...new Set([...this.ids.values()].flatMap((s) => [...s]))];
  }

  textsFor(name: string): string[] {
    return [...(this.texts.get(name) ?? [])];
  }

  /** Learnt id sets that name at least two of `keys`, so a body can carry ids that fit each other. */
  recordsFor(keys: readonly string[]): Record<string, string>[] {
    return [...this.records.values()].filter((record) => keys.filter((key) => key in record).length >= 2);
  }

  /** Cursors the list at `path` handed out (a cursor of another list is a different, refused, kind). */
  cursorsFor(path: string): string[] {
    return [...(this.cursors.get(path) ?? [])];
  }

  /** Learns every id in a success answer: `id` under a key names that key's kind, else the path's. */
  learn(path: string, body: unknown) {
    const stack: { value: unknown; kind: string }[] = [{ value: body, kind: resourceOf(path) }];
    while (stack.length > 0) {
      const { value, kind } = stack.pop()!;
      if (Array.isArray(value)) {
        for (const item of value) stack.push({ value: item, kind });
        continue;
      }
      if (typeof value !== 'object' || value === null) continue;
      this.rememberRecord(value as Record<string, unknown>);
      for (const [key, child] of Object.entries(value)) {
        if (typeof child === 'string') {
          if (key === 'id') this.addId(kind, child);
          else if (/Id$/.test(key)) this.addId(kindOf(key), child);
          else if (key === 'nextCursor') this.remember(this.cursors, path, child);
        } else if (Array.isArray(child) && /Ids$/.test(key)) {
          for (const id of child) if (typeof id === 'string') this.addId(kindOf(key), id);
        } else {
          stack.push({ value: child, kind: key === 'items' || key === 'data' ? kind : kindOf(key) || kind });
        }
      }
    }
  }

  /** `{ categoryId, subcategory: { id } }` → `{ categoryId, subcategoryId }`, kept when it links two ids or more. */
  private rememberRecord(value: Record<string, unknown>) {
    const record: Record<string, string> = {};
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === 'string' && /Id$/.test(key) && uuid.test(child)) record[key] = child;
      const nestedId = (child as { id?: unknown } | null)?.id;
      if (typeof child === 'object' && typeof nestedId === 'string' && uuid.test(nestedId)) record[`${key}Id`] = nestedId;
    }
    if (Object.keys(record).length < 2 || this.records.size >= 500) return;
    this.records.set(JSON.stringify(record), record);
  }

  private remember(map: Map<string, Set<string>>, key: string, value: string) {
    const set = map.get(key) ?? new Set();
    if (set.size < 20) set.add(value);
    map.set(key, set);
  }
}
