// The tasks module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export { countNewMatchingTasks, countNewMatchingTasksOf, findNewMatchingTasks } from './matching-tasks-service.js';
export { presentTaskCard } from './task-card-presenter.js';
export { findTaskCardsByIds } from './task-feed-repository.js';
export { taskMatchesProfile } from './task-match-rule.js';
export {
  countCompletedTasksOf,
  countPublishedTasksByStatus,
  countSelectedTasksByStatus,
  findUnannouncedTaskIds,
  markTaskMatched,
  findTaskById,
  findTaskStates,
  findTaskTitles,
  findTaskVisibility,
  findTaskForShare,
  lockOwnTask,
  lockTaskById,
  updateTask,
  withTextFingerprint,
} from './task-repository.js';
export { transitionTask } from './task-transitions.js';
export { adminTaskActions, isOpenForResponses, isReviewable, maySeeTask } from './task-policy.js';
export type { TaskOnlooker, TaskVisibility } from './task-policy.js';
export { countTasksByCategory } from './category-task-counts.js';
export type { TaskParticipationSource, TaskViewer, ViewerParticipation } from './task-participation.js';
export type { TaskPageRow } from './task-page-repository.js';
export type { TaskRow, TaskState } from './task-repository.js';
export { taskStatuses } from './task-statuses.js';
