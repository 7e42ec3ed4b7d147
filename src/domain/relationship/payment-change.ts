/**
 * Messages that ask to pay somewhere new are the classic fraud against exporters: a "customer"
 * (or someone posing as one, or as us) writes that the bank account changed. Anything arriving
 * through a public channel that mentions bank details or asks for a payment is flagged, so the
 * rep verifies it by phone on a number already on file before anyone acts on it.
 */
export const PAYMENT_FLAGS = ['bank_details', 'payment_request'] as const;
export type PaymentFlag = (typeof PAYMENT_FLAGS)[number];

const RULES: [PaymentFlag, RegExp][] = [
  [
    'bank_details',
    new RegExp(
      [
        // English
        String.raw`\bbank(ing)?\s+(account|details|info|information|change)`,
        String.raw`\b(new|changed?|updated?|different)\s+(bank|account)\b`,
        String.raw`\b(iban|swift|bic|routing\s+number|account\s+number|sort\s+code)\b`,
        // Chinese
        '银行账[户号]|收款账[户号]|开户行|账户变更|更换账户|新账户|银行信息',
        // German, Spanish, Portuguese, French, Russian
        String.raw`bankverbindung|kontonummer|neues\s+konto`,
        String.raw`cuenta\s+bancaria|datos\s+bancarios|nueva\s+cuenta`,
        String.raw`conta\s+banc[aá]ria|dados\s+banc[aá]rios`,
        String.raw`coordonn[ée]es\s+bancaires|nouveau\s+compte|\brib\b`,
        'банковские\\s+реквизиты|номер\\s+счета|новый\\s+счет',
      ].join('|'),
      'iu',
    ),
  ],
  [
    'payment_request',
    new RegExp(
      [
        String.raw`\b(urgent|immediate|advance)\s+payment\b`,
        String.raw`\bwire\s+(transfer|the)\b`,
        String.raw`\b(transfer|send|remit)\s+(the\s+)?(money|payment|funds|balance|deposit)\b`,
        String.raw`\bpay\s+(to|into|the\s+deposit|the\s+balance)\b`,
        '汇款|转账|打款|付款到|预付款|尾款',
        String.raw`überweisung|transferencia|transfer[eê]ncia|virement|перевод\s+денег|оплат`,
      ].join('|'),
      'iu',
    ),
  ],
];

export function paymentFlags(text: string): PaymentFlag[] {
  return RULES.flatMap(([flag, re]) => (re.test(text) ? [flag] : []));
}
