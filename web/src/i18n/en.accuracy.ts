/** English for the country page's calendar accuracy card (issue #21). */
export const enAccuracy = {
  accuracy: {
    title: 'Calendar accuracy {{year}}',
    method:
      'Every day is checked against a second, independent source ({{source}}). Where they disagree, a reviewed correction with its official source decides; otherwise the day is listed as unresolved.',
    officialSchedule: 'Official schedule',
    scheduleOn: 'applies',
    scheduleOff: 'off in our workspace',
    scheduleHint: 'The government’s published schedule of days off and make-up working days.',
    corrections: 'Corrections ({{count}})',
    noCorrections:
      'No corrections for this year: the holiday data agrees with the law as reviewed.',
    unresolved: 'Unresolved ({{count}})',
    noUnresolved: 'No unresolved days: both sources agree on every day of this year.',
    closesAt: 'closes {{time}}',
    moved: 'from {{date}}',
    source: 'Source',
    checked: 'How it was checked',
    engineSays: 'we: {{state}}',
    otherSays: 'second source: {{state}}',
    closed: 'closed',
    open: 'open',
    searched: 'Searched',
    englishNote: '{{label}} (in English)',
    businessWeek: 'Our business week',
    businessWeekHint:
      'Official weekend days your counterparts here work, e.g. Saturday mornings in Hong Kong. Contact windows and due dates follow it.',
    officialClosed: 'closed (official week)',
    worksUntil: 'worked until {{time}} (our business week)',
    weekday: ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    kind: {
      span: 'added day',
      substitute: 'substitute day',
      abolished: 'not a day off',
      moved: 'moved',
      'half-day': 'half day',
      'business-saturday': 'working weekend day',
    },
  },
};
