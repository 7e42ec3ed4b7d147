import { useQuery } from '@tanstack/react-query';
import { DatePicker, Flex, Segmented, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { formatDateTime } from '../lib/format.ts';

export type When = { mode: 'now' } | { mode: 'local-morning' } | { mode: 'at'; at: Dayjs | null };

/** What the API takes for a choice: now, local-morning, or the instant with its offset. */
export const sendAtOf = (w: When): string | undefined =>
  w.mode === 'now' ? 'now' : w.mode === 'local-morning' ? 'local-morning' : w.at?.toISOString();

/**
 * Now, their next business morning (the first send slot the server plans in their calendar), or
 * a chosen time; the line below says when it arrives on their clock and on yours.
 */
export function SendWhen(props: {
  contactId: string | undefined;
  timeZone: string | null;
  value: When;
  onChange: (w: When) => void;
}) {
  const { t, i18n } = useTranslation();
  const { timeZone: mine } = useSession();
  const slots = useQuery({
    queryKey: qk.templates.slots(props.contactId ?? ''),
    enabled: !!props.contactId && !!props.timeZone && props.value.mode === 'local-morning',
    queryFn: () =>
      unwrap(
        client.GET('/send-slots', { params: { query: { contactId: props.contactId ?? '' } } }),
      ),
  });
  const w = props.value;
  const at =
    w.mode === 'now'
      ? new Date().toISOString()
      : w.mode === 'at'
        ? w.at?.toISOString()
        : slots.data?.mornings[0]?.at;
  return (
    <Flex vertical gap={6}>
      <Segmented
        block
        value={w.mode}
        onChange={(m) =>
          props.onChange(m === 'at' ? { mode: 'at', at: null } : { mode: m as 'now' })
        }
        options={[
          { value: 'now', label: t('outbox.compose.now') },
          { value: 'local-morning', label: t('outbox.compose.morning') },
          { value: 'at', label: t('outbox.compose.at') },
        ]}
        data-testid="compose-when"
      />
      {w.mode === 'at' && (
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          placeholder={t('outbox.compose.pickTime')}
          value={w.at}
          disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
          onChange={(d) => props.onChange({ mode: 'at', at: d })}
          style={{ width: '100%' }}
        />
      )}
      {w.mode === 'local-morning' && !props.timeZone ? (
        <Typography.Text type="warning">{t('outbox.compose.noZone')}</Typography.Text>
      ) : (
        at && (
          <Typography.Text type="secondary" data-testid="compose-planned">
            {t('outbox.compose.planned', {
              their: formatDateTime(at, i18n.language, props.timeZone ?? undefined),
              yours: formatDateTime(at, i18n.language, mine),
            })}
          </Typography.Text>
        )
      )}
    </Flex>
  );
}
