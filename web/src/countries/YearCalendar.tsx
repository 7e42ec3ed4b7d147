import { Card, Col, Flex, Row, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Holiday, SlowSeason } from '../api/models.ts';
import { firstDayOfWeek, leadingBlanks, weekdayNames, weekOrder } from '../lib/week.ts';

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** Twelve small months: closed holidays red, weekends grey, slow seasons shaded amber. */
export function YearCalendar({
  year,
  weekend,
  holidays,
  seasons,
}: {
  year: number;
  weekend: number[];
  holidays: Holiday[];
  seasons: SlowSeason[];
}) {
  const { t, i18n } = useTranslation();
  const byDate = new Map<string, Holiday[]>();
  for (const h of holidays) byDate.set(h.date, [...(byDate.get(h.date) ?? []), h]);
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
  const seasonOf = (date: string) => seasons.find((s) => s.start <= date && date <= s.end);
  // Columns start on the reader's first day (Sunday in English, Monday in Chinese) and are
  // named, so a Friday–Saturday weekend reads as such.
  const firstDay = firstDayOfWeek(i18n.language);
  const order = weekOrder(firstDay);
  const names = weekdayNames(i18n.language);
  return (
    <Row gutter={[12, 12]}>
      {Array.from({ length: 12 }, (_, m) => {
        const first = leadingBlanks(year, m, firstDay);
        return (
          <Col key={m} xs={12} md={8} xl={6}>
            <Card
              size="small"
              title={monthName.format(new Date(Date.UTC(year, m, 1)))}
              styles={{ body: { padding: 8 } }}
            >
              <div
                style={{
                  display: 'grid',
                  gridTemplateColumns: 'repeat(7, 1fr)',
                  gap: 2,
                  fontSize: 11,
                }}
              >
                {order.map((d) => (
                  <span
                    key={`h${d}`}
                    data-weekday={d}
                    data-weekend={weekend.includes(d) || undefined}
                    style={{
                      textAlign: 'center',
                      fontSize: 10,
                      color: weekend.includes(d) ? '#cf1322' : '#8c8c8c',
                      whiteSpace: 'nowrap',
                      overflow: 'hidden',
                    }}
                  >
                    {names[d]}
                  </span>
                ))}
                {Array.from({ length: first }, (_, i) => (
                  <span key={`b${i}`} />
                ))}
                {Array.from({ length: daysIn(year, m) }, (_, i) => {
                  const date = `${year}-${String(m + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`;
                  const weekday = order[(first + i) % 7] ?? 1;
                  const hs = byDate.get(date) ?? [];
                  const closed = hs.some((h) => h.closed);
                  const working = hs.some((h) => h.type === 'working_day');
                  const season = seasonOf(date);
                  const bg = closed
                    ? '#ff4d4f'
                    : working
                      ? '#52c41a'
                      : weekend.includes(weekday)
                        ? '#e8e8e8'
                        : season
                          ? '#fff1b8'
                          : undefined;
                  const tip = [
                    ...hs.map(
                      (h) =>
                        `${h.name}${h.localName !== h.name ? ` · ${h.localName}` : ''}${h.source === 'workspace' ? ` (${t('dashboard.ourCalendar')})` : ''}`,
                    ),
                    season ? t(`seasons.${season.kind}`) : '',
                  ]
                    .filter(Boolean)
                    .join('\n');
                  const cell = (
                    <span
                      style={{
                        textAlign: 'center',
                        borderRadius: 3,
                        padding: '1px 0',
                        background: bg,
                        color: closed ? '#fff' : undefined,
                      }}
                      data-date={date}
                      data-closed={closed || undefined}
                    >
                      {i + 1}
                    </span>
                  );
                  return tip ? (
                    <Tooltip
                      key={date}
                      title={<span style={{ whiteSpace: 'pre-line' }}>{tip}</span>}
                    >
                      {cell}
                    </Tooltip>
                  ) : (
                    <span key={date} style={{ display: 'contents' }}>
                      {cell}
                    </span>
                  );
                })}
              </div>
            </Card>
          </Col>
        );
      })}
      <Col span={24}>
        {/* Each key stays whole; on a phone the keys wrap between them. */}
        <Flex wrap gap={4} style={{ fontSize: 12 }}>
          {[
            ['#ff4d4f', '#fff', t('countries.closed')],
            ['#e8e8e8', undefined, t('countries.weekend')],
            ['#fff1b8', undefined, t('countries.slowSeason')],
            ['#52c41a', '#fff', t('countries.kinds.working_day')],
          ].map(([background, color, text]) => (
            <span
              key={text}
              style={{ background, color, padding: '0 6px', borderRadius: 3, whiteSpace: 'nowrap' }}
            >
              {text}
            </span>
          ))}
        </Flex>
      </Col>
    </Row>
  );
}
