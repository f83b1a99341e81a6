/**
 * Live topic of a report's public progress (处理进度实时公开): one event per step of its timeline, keyed by the
 * report's id, announced by `recordEvent` in the transaction that records the step.
 */
export const REPORT_PROGRESS = 'report.progress';
