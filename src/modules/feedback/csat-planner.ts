import type { Executor } from '../../db/dialect.ts';
import { newId } from '../../domain/ids.ts';
import { contactRecords, customerRecords } from '../customers/customer-records.service.ts';
import { primaryContacts, surveyLanguage } from './survey-contacts.ts';
import type { SurveyTokens } from './survey-tokens.ts';
import { sha256Hex } from '../../domain/link-token.ts';
import { queueSurveyMails, surveyMailState } from './survey-mail.ts';
import { surveysRepository } from './surveys.repository.ts';

/** What the feedback module needs of a ticket that has just been solved. */
export interface SolvedTicket {
  workspace_id: string;
  id: string;
  customer_id: string;
  contact_id: string | null;
  subject: string;
}

/**
 * A ticket solved: its CSAT survey, for the ticket's contact (or the customer's primary one), in
 * their language, inside the solving transaction. One survey per ticket: a ticket reopened and
 * solved again keeps its link and its answer.
 */
export async function planCsat(
  tx: Executor,
  tokens: SurveyTokens,
  ticket: SolvedTicket,
  at: string,
): Promise<string | null> {
  const ws = ticket.workspace_id;
  if (await surveysRepository.ofTicket(tx, ws, ticket.id)) return null;
  const [customer] = await customerRecords.findMany(tx, ws, [ticket.customer_id]);
  if (!customer) return null;
  const contacts = await contactRecords.ofCustomer(tx, ws, customer.id);
  const contact =
    contacts.find((c) => c.id === ticket.contact_id) ??
    primaryContacts(contacts).get(customer.id) ??
    null;
  const id = newId();
  const mail_status = await surveyMailState(tx, ws);
  await surveysRepository.insertMany(tx, [
    {
      workspace_id: ws,
      id,
      kind: 'csat',
      round_id: null,
      ticket_id: ticket.id,
      customer_id: customer.id,
      contact_id: contact?.id ?? null,
      token_hash: sha256Hex(tokens.tokenOf(ws, id)),
      language: surveyLanguage(contact, customer),
      subject: ticket.subject,
      planned_at: at,
      created_at: at,
      mail_status,
    },
  ]);
  // Mailed at once through the workspace's survey SMTP account, when one is chosen.
  await queueSurveyMails(tx, ws, [{ id, planned_at: at, mail_status }]);
  return id;
}
