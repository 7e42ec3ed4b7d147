import { Alert, Flex, QRCode, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { displayName } from '../lib/display-names.ts';
import type { Invited } from './types.ts';

/**
 * The new invitations' RSVP links with their QR codes, to copy into a message or print. They
 * are shown this once: the server keeps only each link's hash.
 */
export function InviteLinks({ invited }: { invited: Invited }) {
  const { t, i18n } = useTranslation();
  const origin = window.location.origin;
  return (
    <Flex vertical gap={12}>
      <Alert
        type="info"
        showIcon
        title={t('events.invite.result', {
          count: invited.created.length,
          skipped: invited.skipped,
        })}
        description={invited.created.length > 0 ? t('events.invite.linksOnce') : undefined}
      />
      <Flex vertical gap={12} style={{ maxHeight: '55vh', overflowY: 'auto' }}>
        {invited.created.map(({ invitation: x, link }) => (
          <div key={x.id} data-testid="invite-created">
            <Flex gap={12} align="center" style={{ minWidth: 0, width: '100%' }}>
              <QRCode value={`${origin}${link}`} size={96} bordered={false} />
              <Flex vertical style={{ minWidth: 0 }}>
                <Typography.Text strong>
                  {x.contactName} · {x.customerName}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {displayName('language', x.language, i18n.language)}
                </Typography.Text>
                <Typography.Text
                  copyable
                  style={{ overflowWrap: 'anywhere', fontSize: 12 }}
                  data-testid="invite-link"
                  data-link={`${origin}${link}`}
                >
                  {`${origin}${link}`}
                </Typography.Text>
              </Flex>
            </Flex>
          </div>
        ))}
      </Flex>
    </Flex>
  );
}
