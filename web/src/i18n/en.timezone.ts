export const enTimeZone = {
  timeZone: {
    label: 'Your time zone',
    hint: 'Used for “3 h behind you” and the hours you and a customer are both at work. Leave empty to follow this browser.',
    browser: 'This browser’s: {{zone}}',
    search: 'Search a city or country',
    saved: 'Time zone saved',
  },
};
