/**
 * A job's life: queued → running → succeeded; a failed run goes back to queued with a later
 * `run_at` until its attempts are spent, then to the dead letters. An admin may cancel a queued
 * job, or put a dead or cancelled one back in the queue.
 */
export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'dead', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
