import type { enTimeZone } from './en.timezone.ts';

export const zhCNTimeZone: typeof enTimeZone = {
  timeZone: {
    label: '我的时区',
    hint: '用于显示“比您晚 3 小时”以及您和客户都在上班的时段。不填则跟随当前浏览器。',
    browser: '跟随浏览器：{{zone}}',
    search: '输入城市或国家搜索',
    saved: '时区已保存',
  },
};
