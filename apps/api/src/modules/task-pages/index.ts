// The task-pages module's surface: the task page's composition across modules, above all of them.
export { taskParticipation } from './task-participation.js';
