/** A quote body as a rep would post it: two free-text lines in CNY. */
export const quoteBody = (customerId: string, extra: Record<string, unknown> = {}) => ({
  customerId,
  currency: 'CNY',
  quoteDate: '2026-03-05',
  validUntil: '2026-04-04',
  incoterm: { rule: 'FOB', place: 'Ningbo' },
  paymentTerms: [
    { percent: 30, event: 'on_order' },
    { percent: 70, event: 'against_bl_copy' },
  ],
  lines: [
    {
      description: 'Solar inverter 5 kW',
      quantity: 10,
      unit: 'pcs',
      unitPriceMinor: 123_450,
      discountPercent: 10,
      hsCode: '85044090',
    },
    { description: 'Mounting kit', quantity: 2.125, unit: 'set', unitPriceMinor: 80_000 },
  ],
  ...extra,
});
