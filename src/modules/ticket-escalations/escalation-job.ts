import type { JobKind } from '../jobs/job-kind.ts';
import type { TicketAttachmentsService } from '../ticket-attachments/ticket-attachments.service.ts';
import type { EscalationsService } from './escalations.service.ts';

export const SLA_JOB = 'tickets.sla';

/**
 * The SLA job, every five minutes: escalation rules on tickets past a warning or due instant,
 * then the attachment files whose rows went with their ticket.
 */
export function slaJobKind(
  escalations: EscalationsService,
  attachments: TicketAttachmentsService,
): JobKind {
  return {
    kind: SLA_JOB,
    maxAttempts: 1,
    async run() {
      await escalations.runAll();
      await attachments.sweep();
    },
  };
}
