/**
 * Next response: after staff have answered publicly, each new message of the customer starts a
 * clock that the next public staff reply stops. Only the current (or last) cycle is kept: a
 * customer writing twice before the answer does not restart it, and a staff note does not stop it.
 */
export interface ResponseCycle {
  /** when the customer's waiting began (ISO instant), or null: no cycle yet */
  startedAt: string | null;
  /** when staff answered publicly, or null while the customer waits */
  metAt: string | null;
}

export interface TicketMessage {
  from: 'staff' | 'customer';
  public: boolean;
  at: string;
}

export const NO_CYCLE: ResponseCycle = { startedAt: null, metAt: null };

/**
 * The cycle after one more message. `firstResponseAt` is the first public staff reply before
 * this message (null: none yet, the first-response target is still the one running).
 */
export function cycleAfter(
  cycle: ResponseCycle,
  m: TicketMessage,
  firstResponseAt: string | null,
): ResponseCycle {
  const waiting = cycle.startedAt !== null && cycle.metAt === null;
  if (m.from === 'customer')
    return firstResponseAt && !waiting ? { startedAt: m.at, metAt: null } : cycle;
  if (m.public && waiting) return { startedAt: cycle.startedAt, metAt: m.at };
  return cycle;
}

/** The cycle a conversation ends in, message by message (oldest first). */
export function cycleOf(messages: TicketMessage[]): ResponseCycle {
  let cycle = NO_CYCLE;
  let firstResponseAt: string | null = null;
  for (const m of messages) {
    cycle = cycleAfter(cycle, m, firstResponseAt);
    if (m.from === 'staff' && m.public && !firstResponseAt) firstResponseAt = m.at;
  }
  return cycle;
}
