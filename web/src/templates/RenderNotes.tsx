import { Alert, Flex, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { displayName } from '../lib/display-names.ts';
import { formatDate, languageNames } from '../lib/format.ts';
import type { Reason, Warning } from './types.ts';

/** Why this variant: whose language it was, how the tag matched, which steps found none. */
export function ReasonText(props: { reason: Reason; language: string }) {
  const { t, i18n } = useTranslation();
  const lang = (code: string) => displayName('language', code, i18n.language);
  const r = props.reason;
  const parts = [t(`templates.reason.${r.basis}`, { requested: lang(r.requested) })];
  if (r.match === 'variant')
    parts.push(t('templates.reason.variant', { language: lang(props.language) }));
  if (r.skipped.length)
    parts.push(
      t('templates.reason.skipped', {
        list: languageNames(
          r.skipped.map((s) => s.requested),
          i18n.language,
        ),
      }),
    );
  return <Typography.Text type="secondary">{parts.join(' ')}</Typography.Text>;
}

function params(w: Warning, t: TFunction, locale: string): Record<string, string | number> {
  const p: Record<string, string | number> = { ...w.params };
  if (typeof p.country === 'string') p.country = displayName('region', p.country, locale);
  for (const k of ['date', 'start', 'end'])
    if (typeof p[k] === 'string') p[k] = formatDate(p[k], locale);
  if (typeof p.season === 'string')
    p.season = t(`templates.warnings.seasons.${p.season}` as 'templates.warnings.seasons.ramadan');
  return p;
}

function sourceText(w: Warning, t: TFunction, locale: string): string {
  const s = w.source;
  const country = s.country ? displayName('region', s.country, locale) : '';
  if (s.kind === 'hofstede')
    return t('templates.warnings.hofstede', {
      dimension: (s.dimension ?? '').toUpperCase(),
      value: s.value,
      threshold: s.threshold,
      origin: t(`templates.warnings.origin.${s.origin ?? 'dataset'}`),
    });
  if (s.kind === 'calendar')
    return t('templates.warnings.calendar', { country, date: formatDate(s.date ?? '', locale) });
  return t('templates.warnings.slowSeason', { country });
}

/** Style and timing warnings, each with the source it comes from (Hofstede score, calendar). */
export function WarningList(props: { warnings: Warning[] }) {
  const { t, i18n } = useTranslation();
  if (!props.warnings.length)
    return <Typography.Text type="secondary">{t('templates.warnings.none')}</Typography.Text>;
  return (
    <Flex vertical gap={8}>
      {props.warnings.map((w) => (
        <Alert
          key={`${w.code}-${w.source.kind}`}
          type={w.source.kind === 'hofstede' ? 'info' : 'warning'}
          showIcon
          message={t(`templates.warnings.${w.code}`, params(w, t, i18n.language))}
          description={
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('templates.warnings.source')}: {sourceText(w, t, i18n.language)}
              {w.source.citation ? ` — ${w.source.citation}` : ''}
            </Typography.Text>
          }
        />
      ))}
    </Flex>
  );
}
