// The task-pages module's surface: the task page's composition across modules, above all of them.
export { loadTaskParticipation } from './task-participation.js';
