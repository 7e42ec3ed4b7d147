import { describe, expect, it } from 'vitest';
import { paymentFlags } from './payment-change.ts';

describe('payment-change flags', () => {
  it.each([
    [
      'Please note our bank account has changed, new IBAN DE89 3704 0044 0532 0130 00',
      ['bank_details'],
    ],
    ['Kindly wire the balance to our new account today', ['bank_details', 'payment_request']],
    ['Urgent payment needed before shipment', ['payment_request']],
    ['我司银行账户已变更，请汇款到新账户', ['bank_details', 'payment_request']],
    ['请把尾款打到这个收款账户', ['bank_details', 'payment_request']],
    ['Unsere Bankverbindung hat sich geändert', ['bank_details']],
    ['Por favor, use nuestra nueva cuenta bancaria', ['bank_details']],
    ['Nossos dados bancários mudaram', ['bank_details']],
    ['Veuillez noter nos nouvelles coordonnées bancaires', ['bank_details']],
    ['Наши банковские реквизиты изменились', ['bank_details']],
    ['We are interested in 200 pumps for a water project in Almaty', []],
    ['Can you send the CE certificate and the price list?', []],
    ['我们想了解贵司的水泵报价和交货期', []],
  ])('%s → %j', (text, flags) => {
    expect(paymentFlags(text)).toEqual(flags);
  });
});
