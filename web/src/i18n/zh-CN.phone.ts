import type { enPhone } from './en.phone.ts';

export const zhCNPhone: typeof enPhone = {
  phone: {
    menu: '菜单',
    filters: '筛选',
    showResults: '查看客户',
    loadMore: '加载更多',
    logTouch: '记录联系',
    nextWindow: '下一个可联系时段',
    nextWindowAt: '{{day}} 当地 {{them}} · 我方 {{us}}',
    nowOpen: '现在就能联系',
    noWindow: '近几天双方办公时间没有重叠，建议发邮件或留言。',
  },
};
