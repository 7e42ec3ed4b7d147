import { useQuery } from '@tanstack/react-query';
import { Card, Rate, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { formatDateTime } from '../lib/format.ts';
import { languageLabel } from './api.ts';

/**
 * The CSAT line of a ticket: nothing until it is solved; then the survey's link and whether it was
 * mailed (through the SMTP account the service settings name; copy it otherwise) and, once the contact answers, the rating and their comment in
 * their own language, named beside it.
 */
export function TicketCsat({ ticketId, status }: { ticketId: string; status: string }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({
    queryKey: qk.feedback.ticket(ticketId, status),
    queryFn: () => unwrap(client.GET('/tickets/{id}/csat', { params: { path: { id: ticketId } } })),
  });
  const s = q.data?.survey;
  if (q.isPending || !s) return null;
  const a = s.answer;
  return (
    <Card size="small" title={t('feedback.csat.title')} data-testid="ticket-csat">
      {a ? (
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <Space wrap>
            <Rate disabled value={a.score} count={5} />
            <Typography.Text strong>{a.score} / 5</Typography.Text>
            <Typography.Text type="secondary">
              {formatDateTime(a.answeredAt, i18n.language)}
            </Typography.Text>
          </Space>
          {a.comment && (
            <Typography.Paragraph style={{ margin: 0, overflowWrap: 'anywhere' }}>
              “{a.comment}” <Tag>{languageLabel(a.language, i18n.language)}</Tag>
            </Typography.Paragraph>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('feedback.csat.changeable', {
              date: formatDateTime(a.changeableUntil, i18n.language),
            })}
          </Typography.Text>
        </Space>
      ) : (
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <Typography.Text>
            {t('feedback.csat.waiting', { language: languageLabel(s.language, i18n.language) })}
          </Typography.Text>
          <Typography.Text
            type={s.mailStatus === 'failed' ? 'danger' : 'secondary'}
            data-testid="csat-mail"
          >
            {t(`feedback.csat.mail.${s.mailStatus ?? 'none'}`, {
              date: s.mailedAt ? formatDateTime(s.mailedAt, i18n.language) : '',
              error: s.mailError ?? '',
            })}
          </Typography.Text>
          <Typography.Text copyable={{ text: `${window.location.origin}${s.link}` }} code>
            {s.link.slice(0, 24)}…
          </Typography.Text>
        </Space>
      )}
    </Card>
  );
}
