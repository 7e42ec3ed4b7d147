import type { enAccuracy } from './en.accuracy.ts';

export const zhCNAccuracy: typeof enAccuracy = {
  accuracy: {
    title: '{{year}} 年日历准确性',
    method:
      '每一天都与另一个独立来源（{{source}}）逐日核对。两者不一致时，以附官方出处的审核更正为准；找不到出处的日子列为“未解决”。',
    officialSchedule: '官方放假安排',
    scheduleOn: '已应用',
    scheduleOff: '本公司已关闭',
    scheduleHint: '政府公布的放假及调休上班安排。',
    corrections: '更正（{{count}}）',
    noCorrections: '本年度无更正：假日数据与审核过的法规一致。',
    unresolved: '未解决（{{count}}）',
    noUnresolved: '无未解决日期：两个来源在本年度每一天都一致。',
    closesAt: '{{time}} 起休息',
    moved: '原为 {{date}}',
    source: '出处',
    checked: '核对方式',
    engineSays: '本系统：{{state}}',
    otherSays: '第二来源：{{state}}',
    closed: '休息',
    open: '上班',
    searched: '已查找',
    englishNote: '{{label}}（英文原文）',
    businessWeek: '本公司工作周',
    businessWeekHint:
      '当地对接方在法定周末也上班的日子，例如香港的周六上午。联系时段和到期日都按此计算。',
    officialClosed: '休息（法定工作周）',
    worksUntil: '上班至 {{time}}（本公司工作周）',
    weekday: ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'],
    kind: {
      span: '增加的假日',
      substitute: '补休日',
      abolished: '非假日',
      moved: '日期更正',
      'half-day': '半天假',
      'business-saturday': '周末上班日',
    },
  },
};
