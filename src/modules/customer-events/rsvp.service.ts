import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { CustomerEvent, DB } from '../../db/schema.ts';
import { wallClock } from '../../domain/customer-events/invitee-times.ts';
import { rsvpLabels, textIn } from '../../domain/customer-events/rsvp-labels.ts';
import {
  promotions,
  rsvpProblem,
  seatsTaken,
  statusFor,
} from '../../domain/customer-events/rsvp.ts';
import { readLinkToken } from '../../domain/link-token.ts';
import { systemScope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { customerEventsRepository } from './customer-events.repository.ts';
import { inviteeZone } from './invitations.mapper.ts';
import { invitationsRepository, type InvitationRow } from './invitations.repository.ts';
import type { RsvpBody, RsvpOut } from './rsvp.schemas.ts';

/**
 * The public RSVP link: one invitation, read and answered without an account. It shows only that
 * invitation and its event, in the invitee's language; an unknown token is a plain 404.
 */
export class RsvpService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly now: () => Date,
  ) {}

  private async find(
    db: Executor,
    token: string,
  ): Promise<{ inv: InvitationRow; event: CustomerEvent }> {
    const read = readLinkToken(token);
    const inv = read && (await invitationsRepository.byTokenHash(db, read.workspaceId, read.hash));
    const event = inv && (await customerEventsRepository.find(db, inv.workspace_id, inv.event_id));
    if (!inv || !event) throw AppError.notFound('Invitation');
    return { inv, event };
  }

  private problem(event: CustomerEvent, guests: number) {
    return rsvpProblem({
      now: this.now().toISOString(),
      startsAt: event.starts_at,
      endsAt: event.ends_at,
      deadline: event.rsvp_deadline,
      guests,
      maxGuests: Number(event.max_guests),
    });
  }

  async view(token: string): Promise<RsvpOut> {
    const { inv, event } = await this.find(this.db, token);
    const { language, dir, labels } = rsvpLabels(inv.language);
    const texts = (json: string) => JSON.parse(json) as Record<string, string>;
    return {
      language,
      dir,
      labels: { ...labels },
      event: {
        type: event.type,
        title: textIn(texts(event.title), inv.language),
        description: textIn(texts(event.description), inv.language),
        venue: event.venue,
        online: event.online_url !== null,
        startsAt: event.starts_at,
        endsAt: event.ends_at,
        venueClock: wallClock(event.starts_at, event.time_zone),
        yourClock: wallClock(event.starts_at, inviteeZone(inv, event.time_zone)),
        maxGuests: Number(event.max_guests),
        open: this.problem(event, 0) === null,
      },
      invitation: {
        name: inv.first_name,
        status: inv.status,
        guests: Number(inv.guests),
        dietary: inv.dietary,
        visaLetter: inv.visa_letter === 1,
      },
    };
  }

  /**
   * An answer: a yes past the capacity joins the waiting list; a yes withdrawn frees seats that
   * go to the waiting list in the order of answers. Late answers are refused (409).
   */
  async answer(
    token: string,
    body: RsvpBody,
    // who the audit log names: the invitee's link is the system's; the demo seed answers as itself
    kind: 'system' | 'demo' = 'system',
  ): Promise<RsvpOut> {
    await this.db.transaction().execute(async (tx) => {
      const { inv, event } = await this.find(tx, token);
      const guests = body.answer === 'yes' ? (body.guests ?? 0) : 0;
      const problem = this.problem(event, guests);
      if (problem === 'guests_not_allowed')
        throw AppError.validation([
          fieldError('/guests', 'guests_not_allowed', { max: Number(event.max_guests) }),
        ]);
      if (problem) throw AppError.conflict('Answers are closed', [fieldError('/answer', problem)]);
      const seats = await invitationsRepository.seats(tx, inv.workspace_id, event.id);
      const capacity = event.capacity === null ? null : Number(event.capacity);
      const status =
        inv.status === 'yes' && body.answer === 'yes' && guests <= Number(inv.guests)
          ? 'yes' // keeping (or shrinking) a confirmed seat never loses it
          : statusFor(body.answer, guests, capacity, seatsTaken(seats, inv.id));
      const at = this.now().toISOString();
      await invitationsRepository.update(tx, inv.workspace_id, [inv.id], {
        status,
        guests,
        dietary: body.dietary?.trim() || null,
        visa_letter: body.visaLetter ? 1 : 0,
        responded_at: inv.responded_at && inv.status === status ? inv.responded_at : at,
        updated_at: at,
      });
      const after = seats.map((s) => (s.id === inv.id ? { ...s, status, guests } : s));
      await invitationsRepository.update(tx, inv.workspace_id, promotions(after, capacity), {
        status: 'yes',
        updated_at: at,
      });
      await recordAudit(
        tx,
        { ...systemScope(inv.workspace_id), systemKind: kind },
        {
          action: 'update',
          entityType: 'event_invitation',
          entityId: inv.id,
          changes: diff({ status: inv.status, guests: Number(inv.guests) }, { status, guests }),
        },
      );
    });
    return this.view(token);
  }
}
