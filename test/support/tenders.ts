/** A tender as a rep enters it: an Indian municipal pump tender under Make in India rules. */
export const indiaTender = (customerId: string) => ({
  customerId,
  reference: 'GEM/2026/B/4410',
  title: 'Centrifugal pumps for Nagpur water works',
  issuingBody: 'Nagpur Municipal Corporation',
  submissionDeadline: '2026-10-08T15:00',
  clarificationDeadline: '2026-09-30T17:00',
  bidBond: { amountMinor: 5_00_000_00, currency: 'INR' },
  requiredDocuments: [{ name: 'ISO 9001 certificate', done: true }, { name: 'Bank guarantee' }],
  localContent: {
    requiredPercent: 50,
    notes: 'PPP-MII applies',
    declared: {
      currency: 'INR',
      valueMinor: 118_000_000_00,
      localTaxesMinor: 18_000_000_00,
      importedMinor: 45_000_000_00,
    },
  },
  pricePreferencePercent: 20,
  requiresLocalPartner: true,
  evaluationCriteria: [
    { name: 'Price', weight: 70 },
    { name: 'Technical', weight: 30 },
  ],
  bid: { amountMinor: 118_000_000_00, currency: 'INR' },
  competitors: [{ name: 'Kirloskar', localPresence: true }],
});
