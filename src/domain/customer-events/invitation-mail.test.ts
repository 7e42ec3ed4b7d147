import { describe, expect, it } from 'vitest';
import { INVITATION_MAIL_LABELS } from './invitation-mail-labels.ts';
import { invitationLanguage, invitationMail } from './invitation-mail.ts';
import { RSVP_LABELS } from './rsvp-labels.ts';

describe('the language of an invitation (the templates’ rule)', () => {
  it.each([
    ['de', 'CN', 'de', 'the contact’s own language first'],
    ['pt-BR', 'BR', 'pt', 'a regional tag reads its language'],
    [null, 'FR', 'fr', 'no language of their own: their country’s'],
    ['it', 'CH', 'de', 'a language no invitation is written in: the country’s'],
    ['it', 'IT', 'en', 'neither written: English'],
    [null, 'SA', 'ar', 'Saudi Arabia: Arabic'],
    ['zh-Hans', 'SG', 'zh-CN', 'Simplified Chinese, whatever the tag'],
    ['zh-TW', 'TW', 'en', 'Traditional Chinese is not served by Simplified'],
  ] as [string | null, string, string, string][])(
    '%s in %s → %s (%s)',
    (contact, country, expected) => {
      expect(invitationLanguage(contact, country)).toBe(expected);
    },
  );

  it('has every sentence in every language the RSVP page speaks', () => {
    expect(Object.keys(INVITATION_MAIL_LABELS).sort()).toEqual(Object.keys(RSVP_LABELS).sort());
    for (const labels of Object.values(INVITATION_MAIL_LABELS))
      for (const text of Object.values(labels)) expect(text.trim()).not.toBe('');
  });
});

describe('an invitation mail', () => {
  const input = {
    kind: 'invite' as const,
    language: 'de',
    country: 'DE',
    inviteeZone: 'Europe/Berlin',
    firstName: 'Anna',
    status: 'invited',
    event: {
      title: { en: 'Dealer conference', de: 'Händlerkonferenz' },
      description: {},
      venue: 'Dubai World Trade Centre',
      onlineUrl: null,
      timeZone: 'Asia/Dubai',
      startsAt: '2026-03-10T06:00:00Z',
      rsvpDeadline: '2026-03-01T12:00:00Z',
    },
    link: 'https://crm.example/rsvp/ws.abc',
    senderName: 'Li Wei',
  };

  it('shows the start on the invitee’s clock and the venue’s, the link and the deadline', () => {
    const m = invitationMail(input);
    expect(m.subject).toBe('Einladung: Händlerkonferenz');
    expect(m.text).toContain('Dienstag, 10. März 2026 um 07:00 (Europe/Berlin)');
    expect(m.text).toContain('Dienstag, 10. März 2026 um 10:00 (Asia/Dubai)');
    expect(m.text).toContain('\nhttps://crm.example/rsvp/ws.abc\n');
    expect(m.text).toContain('bis Sonntag, 1. März 2026 um 13:00 (Europe/Berlin)');
    expect(m.text.trimEnd().endsWith('Li Wei')).toBe(true);
  });

  it('reminds with the answer given and no deadline; an online event names its link', () => {
    const m = invitationMail({
      ...input,
      kind: 'reminder',
      status: 'yes',
      event: { ...input.event, venue: null, onlineUrl: 'https://meet.example/x' },
    });
    expect(m.subject).toBe('Erinnerung: Händlerkonferenz');
    expect(m.text).not.toContain('Bitte antworten Sie bis');
    expect(m.text).toContain(`${RSVP_LABELS.de!.online} https://meet.example/x`);
    expect(m.text).toContain(`${INVITATION_MAIL_LABELS.de!.change} ${RSVP_LABELS.de!.yes}`);
  });
});
