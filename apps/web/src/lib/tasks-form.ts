import type { TImage, TTask, TUpdateTaskRequest } from '@dastiyor/contracts';
import type { FieldErrors } from './problem-client';
import { dushanbeIso, dushanbeParts } from './tasks-dushanbe-time';
import { somoniToDiram } from './tasks-feed-query';

// The task form's state as a person edits it (strings, as inputs hold them) and its translation to the API's shape.

export type WhenKind = 'flexible' | 'moment' | 'period';

export interface TaskFormState {
  title: string;
  description: string;
  categoryId: string;
  subcategoryId: string;
  cityId: string;
  districtId: string;
  address: string;
  budgetType: 'fixed' | 'negotiable';
  /** Somoni, as typed. */
  budgetAmount: string;
  when: WhenKind;
  startDay: string;
  startTime: string;
  endDay: string;
  endTime: string;
  urgency: 'normal' | 'urgent';
  photos: TImage[];
}

const emptyState: TaskFormState = {
  title: '',
  description: '',
  categoryId: '',
  subcategoryId: '',
  cityId: '',
  districtId: '',
  address: '',
  budgetType: 'fixed',
  budgetAmount: '',
  when: 'flexible',
  startDay: '',
  startTime: '',
  endDay: '',
  endTime: '',
  urgency: 'normal',
  photos: [],
};

/** A fresh form (optionally in the customer's own city), or the task being edited. */
export function initialTaskForm(task: TTask | null, defaultCityId = ''): TaskFormState {
  if (!task) return { ...emptyState, cityId: defaultCityId };
  const start = task.startsAt ? dushanbeParts(task.startsAt) : null;
  const end = task.endsAt ? dushanbeParts(task.endsAt) : null;
  return {
    title: task.title,
    description: task.description,
    categoryId: task.category.id,
    subcategoryId: task.subcategory.id,
    cityId: task.city.id,
    districtId: task.district?.id ?? '',
    address: task.address ?? '',
    budgetType: task.budgetType,
    // Diram → somoni as a person types it ("150" or "150.5").
    budgetAmount: task.budgetAmount === null ? '' : String(task.budgetAmount / 100),
    when: end ? 'period' : start ? 'moment' : 'flexible',
    startDay: start?.day ?? '',
    startTime: start?.time ?? '',
    endDay: end?.day ?? '',
    endTime: end?.time ?? '',
    urgency: task.urgency,
    photos: task.photos,
  };
}

function moments(state: TaskFormState): { startsAt: string | null; endsAt: string | null } {
  if (state.when === 'flexible') return { startsAt: null, endsAt: null };
  const startsAt = state.startDay ? dushanbeIso(state.startDay, state.startTime) : null;
  if (state.when === 'moment') return { startsAt, endsAt: null };
  // A period without an end time lasts to the end of its last day.
  return { startsAt, endsAt: state.endDay ? dushanbeIso(state.endDay, state.endTime || '23:59') : null };
}

/**
 * The request fields, or the errors the browser can already see (an amount that is not a number, a date
 * left empty); the API checks everything else and its field errors land beside the same fields.
 * `original` (when editing) leaves unchanged dates out, so a task whose date has passed can still be edited.
 */
export async function taskRequestOf(
  state: TaskFormState,
  original: TaskFormState | null,
): Promise<{ ok: true; fields: TUpdateTaskRequest } | { ok: false; errors: FieldErrors }> {
  const errors: FieldErrors = {};
  let budgetAmount: number | null = null;
  if (state.budgetType === 'fixed') {
    if (!state.budgetAmount.trim()) errors.budgetAmount = 'required';
    else budgetAmount = somoniToDiram(state.budgetAmount);
    if (state.budgetAmount.trim() && budgetAmount === null) errors.budgetAmount = 'invalid';
  }
  if (state.when !== 'flexible' && !state.startDay) errors.startsAt = 'required';
  if (state.when === 'period' && !state.endDay) errors.endsAt = 'required';
  const { startsAt, endsAt } = moments(state);
  const fields: TUpdateTaskRequest = {
    title: state.title.trim(),
    description: state.description.trim(),
    categoryId: state.categoryId || undefined,
    subcategoryId: state.subcategoryId || undefined,
    cityId: state.cityId || undefined,
    districtId: state.districtId || null,
    address: state.address.trim() || null,
    budgetType: state.budgetType,
    budgetAmount,
    urgency: state.urgency,
    attachmentIds: state.photos.map((photo) => photo.id),
  };
  const before = original ? moments(original) : null;
  if (!before || before.startsAt !== startsAt || before.endsAt !== endsAt) {
    fields.startsAt = startsAt;
    fields.endsAt = endsAt;
  }
  if (Object.keys(errors).length === 0) return { ok: true, fields };
  return { ok: false, errors: { ...(await contractErrors(fields, original !== null)), ...errors } };
}

/**
 * A submission held back by what the browser saw also reports every other field (with the API's own rules from
 * the contracts), so one press shows all that is missing instead of one problem at a time. zod and the contract's
 * schemas (~32 KB gzip) load only then, not with the form (issue 18); if they cannot load, the browser's own
 * findings stand alone.
 */
async function contractErrors(fields: TUpdateTaskRequest, editing: boolean): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  try {
    const { ZCreateTaskRequest, ZUpdateTaskRequest } = await import('@dastiyor/contracts');
    const checked = (editing ? ZUpdateTaskRequest : ZCreateTaskRequest).safeParse(fields);
    for (const issue of checked.success ? [] : checked.error.issues) errors[issue.path.join('.')] ??= issue.code;
  } catch {
    // A lost connection while fetching the chunk: nothing more to add.
  }
  return errors;
}
