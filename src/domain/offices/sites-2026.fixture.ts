import { BusinessCalendar } from '../calendar/business-calendar.ts';
import type { Site } from './site.ts';

// The example for table tests: a Shanghai headquarters with offices in Dubai, São Paulo,
// Munich and Almaty, all on 09:00–18:00 local time.
const hours = { start: '09:00', end: '18:00' };
export const SHANGHAI: Site = {
  calendar: new BusinessCalendar('CN'),
  timeZone: 'Asia/Shanghai',
  hours,
};
export const DUBAI: Site = {
  calendar: new BusinessCalendar('AE'),
  timeZone: 'Asia/Dubai',
  hours,
  ramadanHoursLess: 2,
};
export const SAO_PAULO: Site = {
  calendar: new BusinessCalendar('BR'),
  timeZone: 'America/Sao_Paulo',
  hours,
};
export const MUNICH: Site = {
  calendar: new BusinessCalendar('DE', 'BY'),
  timeZone: 'Europe/Berlin',
  hours,
};
export const ALMATY: Site = {
  calendar: new BusinessCalendar('KZ'),
  timeZone: 'Asia/Almaty',
  hours,
};
