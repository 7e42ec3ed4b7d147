import type { RecordNames } from '../modules/audit/audit.service.ts';
import { customFieldLabels } from '../modules/custom-fields/custom-fields.service.ts';
import { contactRecords, customerRecords } from '../modules/customers/customer-records.service.ts';
import { priceListRecords, productRecords } from '../modules/products/product-records.service.ts';
import { tenderRecords } from '../modules/tenders/tender-records.service.ts';
import { feedbackRecords } from '../modules/feedback/feedback-records.service.ts';
import { ticketRecords } from '../modules/tickets/ticket-records.service.ts';
import { userRecords } from '../modules/users/user-records.service.ts';
import { dealRecords, pipelineRecords } from '../modules/deals/deal-records.service.ts';
import { customerEventRecords } from '../modules/customer-events/customer-event-records.service.ts';

/**
 * How the audit log names each kind of record, through the module that owns it. Wired here because
 * those modules write the audit log themselves: the audit module importing them would be a cycle.
 */
export const auditRecordNames: Record<string, RecordNames> = {
  customer: customerRecords.namesOf,
  contact: contactRecords.namesOf,
  user: userRecords.namesOf,
  team: userRecords.teamNamesOf,
  support_team: userRecords.supportTeamNamesOf,
  custom_field: customFieldLabels,
  product: productRecords.namesOf,
  price_list: priceListRecords.namesOf,
  tender: tenderRecords.namesOf,
  tender_reason: tenderRecords.reasonNamesOf,
  deal: dealRecords.namesOf,
  pipeline: pipelineRecords.namesOf,
  ticket: ticketRecords.namesOf,
  customer_event: customerEventRecords.namesOf,
  // a loyalty redemption or adjustment is logged against its customer's id
  loyalty_entry: customerRecords.namesOf,
  survey_round: feedbackRecords.roundNamesOf,
};
