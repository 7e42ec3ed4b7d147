import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { setLocale, type Locale } from '../i18n/index.ts';

/** Switches the interface language, remembers it in the browser and, when signed in, on the account. */
export function LanguageSwitch({ signedIn = false }: { signedIn?: boolean }) {
  const { i18n } = useTranslation();
  return (
    <Segmented
      size="small"
      value={i18n.language}
      data-testid="language-switch"
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'English', value: 'en' },
      ]}
      onChange={(value) => {
        setLocale(value as Locale);
        if (signedIn)
          void unwrap(client.PATCH('/me', { body: { locale: value as Locale } })).catch(
            () => undefined,
          );
      }}
    />
  );
}
