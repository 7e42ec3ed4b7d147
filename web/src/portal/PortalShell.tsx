import { ConfigProvider, Spin } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { PORTAL_LABELS, type PortalLanguage } from '../../../src/domain/service/portal-labels.ts';
import { directionOf, portalLanguage } from '../../../src/domain/service/portal-language.ts';

/** The browser's language among the portal's, for pages that have no answer to take it from. */
export function browserLabels() {
  const language = portalLanguage([...navigator.languages]);
  return { language, dir: directionOf(language), labels: PORTAL_LABELS[language] };
}

/**
 * The public pages' frame: one narrow column that fits a phone, written in the page's language
 * and direction (Arabic right to left, for antd's components too).
 */
export function PortalShell(props: {
  language?: PortalLanguage;
  dir?: 'ltr' | 'rtl';
  loading?: boolean;
  children?: ReactNode;
}) {
  const { language = 'en', dir = 'ltr' } = props;
  useEffect(() => {
    const root = document.documentElement;
    root.lang = language;
    root.dir = dir;
    return () => {
      root.dir = 'ltr';
    };
  }, [language, dir]);
  return (
    <ConfigProvider direction={dir}>
      <main
        dir={dir}
        lang={language}
        style={{ maxWidth: 640, margin: '0 auto', padding: '24px 16px', minHeight: '100vh' }}
      >
        {props.loading ? <Spin style={{ display: 'block', marginTop: '20vh' }} /> : props.children}
      </main>
    </ConfigProvider>
  );
}
