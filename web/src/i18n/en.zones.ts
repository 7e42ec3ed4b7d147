export const enZones = {
  zones: {
    source: {
      user: 'set by hand',
      region: 'from the state or province',
      city: 'from the city',
      phone: 'from the phone’s area code',
      country: 'the country’s time zone',
      assumed: 'assumed',
    },
    assumed: 'Assumed: {{city}} time — set the state to be sure',
    assumedInRegion:
      'Assumed: {{city}} time — the state spans several time zones, set the city to be sure',
    formHint: 'Leave empty to derive it from the state, the city or a contact’s phone',
    // City names a zone's id spells without accents; any other zone shows the city of its id.
    cities: { 'America/Sao_Paulo': 'São Paulo' } as Record<string, string>,
  },
};
