export const zhCNHolidayNames = {
  holidayNames: {
    regionHint: '这些州/地区有自己的法定假日，客户日历会按所选地区计算。',
  },
};
