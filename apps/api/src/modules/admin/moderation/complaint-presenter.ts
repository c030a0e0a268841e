import type { TAdminComplaint } from '@dastiyor/contracts';
import type { ComplaintRow } from '../../complaints/index.js';
import type { PersonSummary, TargetContext } from './complaint-context-repository.js';

const person = (people: Map<string, PersonSummary>, id: string | null) => {
  const found = id ? people.get(id) : undefined;
  return found ? { id: found.id, name: found.name } : null;
};

/** A queue entry as admins see it; the reporter's identity never leaves the admin API. */
export function presentComplaint(
  row: ComplaintRow,
  contexts: Map<string, TargetContext>,
  people: Map<string, PersonSummary>,
): TAdminComplaint {
  const author = row.targetUserId ? people.get(row.targetUserId) : undefined;
  return {
    id: row.id,
    source: row.source,
    status: row.status,
    targetType: row.targetType,
    targetId: row.targetId,
    reason: row.reason,
    text: row.text,
    matchedWords: row.matchedWords ?? [],
    createdAt: row.createdAt.toISOString(),
    resolutionNote: row.resolutionNote,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: person(people, row.resolvedBy),
    reporter: person(people, row.reporterId),
    author: author ? { id: author.id, name: author.name, status: author.status } : null,
    context: contexts.get(`${row.targetType}:${row.targetId}`) ?? null,
  };
}
