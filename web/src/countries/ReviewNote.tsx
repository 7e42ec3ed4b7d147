import { Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A reviewer's note kept in the language it was written in (English): inline in the English UI;
 * in the Chinese UI behind a link that says the note is English, so no untranslated prose sits
 * in the page itself.
 */
export function ReviewNote({ label, text }: { label: string; text: string }) {
  const { t, i18n } = useTranslation();
  if (!i18n.language.startsWith('zh'))
    return (
      <>
        {label}: {text}
      </>
    );
  return (
    <Popover
      content={
        <Typography.Paragraph lang="en" style={{ maxWidth: 420, margin: 0 }}>
          {text}
        </Typography.Paragraph>
      }
    >
      <Typography.Link>{t('accuracy.englishNote', { label })}</Typography.Link>
    </Popover>
  );
}
