// Salutations as whole sentences per form of address (ICU select), never words spliced together.
// Contacts record no form of address yet, so `other` is what is sent today: a courteous neutral
// greeting with the full name, formal in German and Japanese.
export const SALUTATION = {
  en: 'Dear {contactFirstName},',
  de: '{contactGender, select, female {Sehr geehrte Frau {contactLastName}} male {Sehr geehrter Herr {contactLastName}} other {Guten Tag {contactFullName}}},',
  pt: '{contactGender, select, female {Prezada Sra. {contactLastName}} male {Prezado Sr. {contactLastName}} other {Prezado(a) {contactFullName}}},',
  es: '{contactGender, select, female {Estimada Sra. {contactLastName}} male {Estimado Sr. {contactLastName}} other {Estimado/a {contactFullName}}}:',
  ar: '{contactGender, select, female {السيدة {contactFullName} المحترمة} male {السيد {contactFullName} المحترم} other {حضرة {contactFullName} المحترم/ة}}،\n\nتحية طيبة وبعد،',
  ja: '{customerName}\n{contactFullName}様\n\nいつも大変お世話になっております。{senderCompany}の{senderName}でございます。',
  'zh-CN': '{contactFullName}您好：',
} as const;

export const SIGNATURE = '{senderName}\n{senderCompany}';

export interface DemoTemplate {
  name: string;
  description: string;
  variants: Record<keyof typeof SALUTATION, { subject: string; body: string }>;
}
