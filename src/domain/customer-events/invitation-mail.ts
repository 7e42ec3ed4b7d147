import { chooseTemplateLanguage } from '../communication/language.ts';
import { localeFor } from '../sales/quote-language.ts';
import { INVITATION_MAIL_LABELS } from './invitation-mail-labels.ts';
import { rsvpLabels, textIn } from './rsvp-labels.ts';

/** The languages an invitation (its mail and its RSVP page) can be written in. */
export const INVITATION_LANGUAGES = Object.keys(INVITATION_MAIL_LABELS);

/**
 * The language of an invitation, by the templates' rule: the contact's preferred language, else
 * the main language of the customer's country, else English — each only when the invitation can
 * be written in it (a Swiss contact asking for Italian reads German, not English).
 */
export function invitationLanguage(contactLanguage: string | null, country: string): string {
  return (
    chooseTemplateLanguage({
      available: INVITATION_LANGUAGES,
      contactLanguage,
      country,
      workspaceDefault: 'en',
    })?.language ?? 'en'
  );
}

export interface InvitationMailInput {
  kind: 'invite' | 'reminder';
  /** the invitation's language */
  language: string;
  /** the customer's country: dates are written as there (fr-FR, ar-SA…) */
  country: string;
  /** the invitee's zone: the times they read first */
  inviteeZone: string;
  firstName: string;
  /** the answer so far (a reminder shows it) */
  status: string;
  event: {
    title: Record<string, string>;
    description: Record<string, string>;
    venue: string | null;
    onlineUrl: string | null;
    timeZone: string;
    startsAt: string;
    rsvpDeadline: string | null;
  };
  /** the absolute RSVP link */
  link: string;
  senderName: string;
}

/** An instant on a clock, written in the reader's locale, with the zone named. */
export function onClock(instant: string, locale: string, timeZone: string): string {
  const text = new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(instant));
  return `${text} (${timeZone})`;
}

const fill = (s: string, values: Record<string, string>) =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/** The subject and plain-text body of an invitation or a reminder, in the invitation's language. */
export function invitationMail(input: InvitationMailInput): { subject: string; text: string } {
  const { language, labels: page } = rsvpLabels(input.language);
  const mail = INVITATION_MAIL_LABELS[language] ?? INVITATION_MAIL_LABELS.en!;
  const locale = localeFor(language, input.country);
  const e = input.event;
  const title = textIn(e.title, language);
  const description = textIn(e.description, language).trim();
  const invite = input.kind === 'invite';
  const answered = { yes: page.yes, no: page.no, maybe: page.maybe }[input.status];
  const lines = [
    fill(mail.greeting, { name: input.firstName }),
    '',
    fill(invite ? mail.inviteIntro : mail.reminderIntro, { title }),
    '',
    ...(description ? [description, ''] : []),
    `${page.yourTime}: ${onClock(e.startsAt, locale, input.inviteeZone)}`,
    `${page.when}: ${onClock(e.startsAt, locale, e.timeZone)}`,
    `${page.where}: ${e.onlineUrl ? `${page.online} ${e.onlineUrl}` : (e.venue ?? '')}`,
    '',
    ...(!invite && answered ? [`${mail.change} ${answered}`] : [mail.answer]),
    input.link,
    ...(invite && e.rsvpDeadline
      ? ['', fill(mail.deadline, { date: onClock(e.rsvpDeadline, locale, input.inviteeZone) })]
      : []),
    '',
    mail.regards,
    input.senderName,
  ];
  return {
    subject: fill(invite ? mail.inviteSubject : mail.reminderSubject, { title }),
    text: `${lines.join('\n')}\n`,
  };
}
