// The complaints module's surface: the moderators' queue (user reports and stop-word flags) as stored. Reporting
// something, which has to look at what is reported, is the reports module's.
export {
  countReportsSince,
  findComplaint,
  findQueuePage,
  hasOpenFlag,
  insertComplaint,
  lockComplaint,
  lockReporter,
  oldestReportSince,
  updateComplaint,
} from './complaints-repository.js';
export type { ComplaintRow, QueueFilter } from './complaints-repository.js';
export { mayReport } from './complaint-rules.js';
