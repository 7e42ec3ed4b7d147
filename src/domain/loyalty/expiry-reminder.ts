import { statementLanguage, type StatementLanguage } from './statement-labels.ts';

/** Days before a lot's expiry that its reminder goes out (the customer card's "expiring soon"). */
export const EXPIRY_REMINDER_DAYS = 30;

interface ReminderLabels {
  /** `{points}`, `{date}`: the soonest lot */
  subject: string;
  /** `{name}` */
  greeting: string;
  /** `{company}` */
  intro: string;
  /** `{points}`, `{date}` */
  lot: string;
  /** `{balance}` */
  balance: string;
  use: string;
  regards: string;
}

// Written per language, like the statement's labels: the same languages a statement is printed in.
const LABELS: Record<StatementLanguage, ReminderLabels> = {
  en: {
    subject: '{points} loyalty points expire on {date}',
    greeting: 'Dear {name},',
    intro: 'Some of your loyalty points with {company} will expire soon:',
    lot: '{points} points expire on {date}',
    balance: 'Your balance today: {balance} points.',
    use: 'Use them before then: mention them with your next order and we will apply them.',
    regards: 'Kind regards,',
  },
  'zh-CN': {
    subject: '您有 {points} 积分将于{date}到期',
    greeting: '尊敬的{name}，您好！',
    intro: '您在{company}的部分会员积分即将到期：',
    lot: '{points} 积分将于{date}到期',
    balance: '您当前的积分余额：{balance}。',
    use: '请在到期前使用：下次下单时告诉我们，我们会为您抵扣。',
    regards: '此致敬礼，',
  },
  es: {
    subject: '{points} puntos de fidelidad caducan el {date}',
    greeting: 'Estimado/a {name}:',
    intro: 'Algunos de sus puntos de fidelidad con {company} caducarán pronto:',
    lot: '{points} puntos caducan el {date}',
    balance: 'Su saldo hoy: {balance} puntos.',
    use: 'Úselos antes: menciónelos en su próximo pedido y se los aplicaremos.',
    regards: 'Atentamente,',
  },
  pt: {
    subject: '{points} pontos de fidelidade expiram em {date}',
    greeting: 'Prezado(a) {name},',
    intro: 'Alguns dos seus pontos de fidelidade com a {company} vão expirar em breve:',
    lot: '{points} pontos expiram em {date}',
    balance: 'Seu saldo hoje: {balance} pontos.',
    use: 'Use-os antes disso: mencione-os no seu próximo pedido e nós os aplicaremos.',
    regards: 'Atenciosamente,',
  },
  fr: {
    subject: '{points} points de fidélité expirent le {date}',
    greeting: 'Bonjour {name},',
    intro: 'Une partie de vos points de fidélité chez {company} expire bientôt :',
    lot: '{points} points expirent le {date}',
    balance: 'Votre solde aujourd’hui : {balance} points.',
    use: 'Utilisez-les d’ici là : signalez-les lors de votre prochaine commande et nous les appliquerons.',
    regards: 'Bien cordialement,',
  },
  de: {
    subject: '{points} Treuepunkte verfallen am {date}',
    greeting: 'Guten Tag {name},',
    intro: 'ein Teil Ihrer Treuepunkte bei {company} verfällt bald:',
    lot: '{points} Punkte verfallen am {date}',
    balance: 'Ihr Punktestand heute: {balance} Punkte.',
    use: 'Lösen Sie sie vorher ein: Nennen Sie sie bei Ihrer nächsten Bestellung, wir rechnen sie an.',
    regards: 'Mit freundlichen Grüßen',
  },
  ru: {
    subject: '{points} бонусных баллов сгорят {date}',
    greeting: 'Уважаемый(ая) {name}!',
    intro: 'Часть ваших бонусных баллов в {company} скоро сгорит:',
    lot: '{points} баллов сгорят {date}',
    balance: 'Ваш баланс на сегодня: {balance} баллов.',
    use: 'Используйте их до этого срока: упомяните их в следующем заказе, и мы их учтём.',
    regards: 'С уважением,',
  },
  ar: {
    subject: 'تنتهي صلاحية {points} من نقاط الولاء في {date}',
    greeting: 'السيد/السيدة {name} المحترم/ة،',
    intro: 'ستنتهي قريبًا صلاحية بعض نقاط الولاء الخاصة بكم لدى {company}:',
    lot: '{points} نقطة تنتهي صلاحيتها في {date}',
    balance: 'رصيدكم اليوم: {balance} نقطة.',
    use: 'استخدموها قبل ذلك: اذكروها في طلبكم القادم وسنطبقها لكم.',
    regards: 'مع أطيب التحيات،',
  },
};

export interface ExpiryReminderInput {
  /** a statement locale (`chooseStatementLanguage`): the labels' language and how figures read */
  locale: string;
  firstName: string;
  company: string;
  /** the lots being reminded of, soonest first */
  lots: { points: number; expiresOn: string }[];
  balance: number;
  senderName: string;
}

const fill = (s: string, values: Record<string, string>) =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/** The reminder of points about to expire, in the contact's language, figures as they write them. */
export function expiryReminderMail(input: ExpiryReminderInput): { subject: string; text: string } {
  const labels = LABELS[statementLanguage(input.locale) ?? 'en'];
  const n = new Intl.NumberFormat(input.locale);
  // A lot's day is a calendar date, not an instant: written as that date wherever it is read.
  const d = new Intl.DateTimeFormat(input.locale, { dateStyle: 'long', timeZone: 'UTC' });
  const day = (iso: string) => d.format(new Date(`${iso}T00:00:00Z`));
  const first = input.lots[0]!;
  const lines = [
    fill(labels.greeting, { name: input.firstName }),
    '',
    fill(labels.intro, { company: input.company }),
    ...input.lots.map(
      (l) => `- ${fill(labels.lot, { points: n.format(l.points), date: day(l.expiresOn) })}`,
    ),
    '',
    fill(labels.balance, { balance: n.format(input.balance) }),
    labels.use,
    '',
    labels.regards,
    input.senderName,
  ];
  return {
    subject: fill(labels.subject, { points: n.format(first.points), date: day(first.expiresOn) }),
    text: `${lines.join('\n')}\n`,
  };
}
