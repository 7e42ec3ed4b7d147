export const enHolidayNames = {
  holidayNames: {
    regionHint:
      'States and regions with their own public holidays; the customer’s calendar follows the one chosen.',
  },
};
