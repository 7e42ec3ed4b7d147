import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay, languageNames } from '../lib/format.ts';
import type { GreetingMail } from './useMailGreeting.ts';

/** A scheduled greeting email: when it arrives on their clock and on ours, its language, cancel. */
export function GreetingMailNote(props: {
  mail: GreetingMail;
  busy: boolean;
  onCancel: () => void;
}) {
  const { mail } = props;
  const { t, i18n } = useTranslation();
  const at = (c: { date: string; time: string }) => `${formatDay(c.date, i18n.language)} ${c.time}`;
  return (
    <Flex wrap gap={6} align="center" data-testid="greeting-mail-note">
      <Typography.Text type="success">
        {t('greetings.mailArrives', {
          theirs: at(mail.theirs),
          zone: mail.theirs.timeZone,
          ours: at(mail.ours),
        })}
      </Typography.Text>
      <Typography.Text type="secondary">
        {t('greetings.mailLanguage', { language: languageNames([mail.language], i18n.language) })}
      </Typography.Text>
      {mail.moved && <Typography.Text type="warning">{t('greetings.mailMoved')}</Typography.Text>}
      <Button size="small" type="link" loading={props.busy} onClick={props.onCancel}>
        {t('greetings.mailCancel')}
      </Button>
    </Flex>
  );
}
