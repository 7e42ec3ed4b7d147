import { useTranslation } from 'react-i18next';
import { formatMoney } from './format.ts';

/**
 * An amount in its own currency, written the reader's way, on one line: a narrow column or a
 * phone wraps the text around it, never inside "US$12,345.00".
 */
export function Money({ minor, currency }: { minor: number; currency: string }) {
  const { i18n } = useTranslation();
  return (
    <span style={{ whiteSpace: 'nowrap' }} data-testid="money">
      {formatMoney(minor, currency, i18n.language)}
    </span>
  );
}
