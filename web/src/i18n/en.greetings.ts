/** English for the greetings calendar. */
export const enGreetings = {
  greetings: {
    title: 'Greetings',
    intro:
      'Occasions of your customers’ own countries and cultures in the coming days — and their company anniversaries and contacts’ birthdays. Each says when to greet and why, with its source.',
    days: 'Next {{count}} days',
    greetOn: 'Greet on {{date}}',
    greetToday: 'Greet today',
    occasionOn: 'The day: {{date}}',
    years: '{{count}} years',
    more: 'and {{count}} more in {{country}}',
    plan: 'Plan for {{name}}',
    planned: 'Follow-up planned for {{date}}',
    noteFor: '{{occasion}} greeting',
    source: 'Source: {{source}}',
    empty: 'No occasions to greet in this period.',
    truncated: 'More birthdays and anniversaries than shown; look at a shorter period.',
    card: 'Greetings coming up',
    cardEmpty: 'Nothing to greet in the next 7 days.',
    all: 'All greetings',
  },
};
