/** 问候日历的中文。 */
export const zhCNGreetings = {
  greetings: {
    title: '节日问候',
    intro:
      '未来几天里客户所在国家和文化的节日，以及客户公司的成立周年、联系人的生日。每一条都说明何时问候、为什么，并注明来源。',
    days: '未来 {{count}} 天',
    greetOn: '{{date}} 问候',
    greetToday: '今天问候',
    occasionOn: '节日当天：{{date}}',
    years: '{{count}} 周年',
    more: '以及{{country}}的另外 {{count}} 家客户',
    plan: '为 {{name}} 安排跟进',
    planned: '已安排 {{date}} 的跟进',
    noteFor: '{{occasion}}问候',
    source: '来源：{{source}}',
    empty: '这段时间没有需要问候的节日。',
    truncated: '生日和周年纪念比列出的更多，请缩短时间范围查看。',
    card: '即将到来的问候',
    cardEmpty: '未来 7 天没有需要问候的节日。',
    all: '全部问候',
  },
};
