/** The reputation page (issue 19), English. */
export const enReputation = {
  reputation: {
    nav: 'Reputation',
    title: 'Reputation by market',
    intro:
      'What the press and the web say about you in one market: mentions per month by sentiment, who writes most, and an alert when negative mentions pile up. Sentiment is suggested from a word list and always yours to correct.',
    add: 'Log a mention',
    total: 'Mentions (12 months)',
    negativeShare: 'Negative',
    topSources: 'Top sources',
    trend: 'Mentions per month, {{country}}',
    latest: 'Latest mentions',
    none: 'No mentions yet',
    alert:
      '{{count}} negative mentions in the last {{days}} days (alert above {{threshold}}): consider opening an incident.',
    openIncident: 'Open an incident',
    suggested: 'suggested: {{value}}',
    sentimentHint: 'Leave empty to take the suggestion from the title and summary.',
    sentiments: { negative: 'Negative', neutral: 'Neutral', positive: 'Positive' },
    fields: {
      title: 'Headline',
      source: 'Source',
      url: 'Link',
      language: 'Language (e.g. pt)',
      publishedOn: 'Published on',
      sentiment: 'Sentiment',
      summary: 'Summary',
    },
    incidentLink: 'Incident: {{title}}',
  },
};
