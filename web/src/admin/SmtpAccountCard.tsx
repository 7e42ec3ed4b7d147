import { Alert, App, Button, Card, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../api/client.ts';
import type { SmtpAccount } from '../api/models.ts';
import { translateFieldError } from '../lib/field-errors.ts';
import { formatDateTime } from '../lib/format.ts';

/** The field an error names, in the reader's words ("/smtpPassword" → "Password or app password"). */
const FIELD_KEY: Record<string, 'host' | 'port' | 'tls' | 'username' | 'password'> = {
  '/smtpHost': 'host',
  '/smtpPort': 'port',
  '/smtpTls': 'tls',
  '/smtpUsername': 'username',
  '/smtpPassword': 'password',
  '/imapHost': 'host',
  '/imapPort': 'port',
  '/imapTls': 'tls',
  '/imapUsername': 'username',
  '/imapPassword': 'password',
};

/** Why a test failed, each problem prefixed by the field it concerns. */
export function sayTestFailure(err: unknown, t: TFunction): string {
  if (!(err instanceof ApiError) || !err.errors.length) return t('errors.generic');
  return err.errors
    .map((e) => {
      const key = FIELD_KEY[e.path];
      const words = translateFieldError(e, t);
      if (key && e.path.startsWith('/imap'))
        return `${t(`smtpAccounts.returnPath.${key === 'tls' ? 'tlsLabel' : key}`)}: ${words}`;
      return key ? `${t(`smtpAccounts.fields.${key}`)}: ${words}` : words;
    })
    .join('; ');
}

type Outcome = { ok: true } | { ok: false; reason: string };

/** One account: where it connects, whether its last test or send worked, and its actions. */
export function SmtpAccountCard(props: {
  account: SmtpAccount;
  onEdit: () => void;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [testing, setTesting] = useState(false);
  const [reading, setReading] = useState(false);
  // The answer to the test just run, shown until the next one: the toast alone is easy to miss.
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const a = props.account;
  const path = { params: { path: { id: a.id } } };
  const test = async () => {
    setTesting(true);
    setOutcome(null);
    try {
      await unwrap(client.POST('/smtp-accounts/{id}/test', path));
      setOutcome({ ok: true });
    } catch (err) {
      setOutcome({ ok: false, reason: sayTestFailure(err, t) });
    } finally {
      setTesting(false);
      props.onChanged();
    }
  };
  const readBounces = async () => {
    setReading(true);
    try {
      const r = await unwrap(client.POST('/smtp-accounts/{id}/sync', path));
      void message.info(
        r.jobId ? t('smtpAccounts.returnPath.queued') : t('smtpAccounts.returnPath.already'),
      );
    } catch (err) {
      void message.error(sayTestFailure(err, t));
    } finally {
      setReading(false);
      props.onChanged();
    }
  };
  const bounce = a.bounceSync;
  const bounceError = bounce?.lastError
    ? translateFieldError(
        {
          path: '',
          code: bounce.lastError.code,
          message: bounce.lastError.detail,
          params: { detail: bounce.lastError.detail },
        },
        t,
      )
    : null;
  const remove = async () => {
    try {
      await unwrap(client.DELETE('/smtp-accounts/{id}', path));
      void message.success(t('smtpAccounts.deleted'));
      props.onChanged();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : t('errors.generic'));
    }
  };
  const lastError = a.lastError
    ? translateFieldError(
        {
          path: '',
          code: a.lastError.code,
          message: a.lastError.detail,
          params: { detail: a.lastError.detail },
        },
        t,
      )
    : null;
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="smtp-account-card">
      <Flex vertical gap={8}>
        <Space wrap>
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {a.name}
          </Typography.Text>
          {a.lastError ? (
            <Tag color="red">{t('smtpAccounts.failing')}</Tag>
          ) : a.testedAt ? (
            <Tag color="green" data-testid="smtp-account-tested">
              {t('smtpAccounts.testedAt', { at: formatDateTime(a.testedAt, i18n.language) })}
            </Tag>
          ) : (
            <Tag>{t('smtpAccounts.notTested')}</Tag>
          )}
        </Space>
        <Typography.Text style={{ overflowWrap: 'anywhere' }}>
          {a.fromName ? `${a.fromName} <${a.address}>` : a.address}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
          {a.smtpHost}:{a.smtpPort} · {t(`smtpAccounts.tls.${a.smtpTls}`)} ·{' '}
          {a.smtpUsername ?? t('smtpAccounts.noLogin')}
        </Typography.Text>
        <Typography.Text
          type="secondary"
          style={{ overflowWrap: 'anywhere' }}
          data-testid="smtp-account-return-path"
        >
          {!a.imapHost
            ? t('smtpAccounts.returnPath.none')
            : bounce?.syncedAt
              ? t('smtpAccounts.returnPath.read', {
                  host: a.imapHost,
                  at: formatDateTime(bounce.syncedAt, i18n.language),
                  count: bounce.reports,
                })
              : t('smtpAccounts.returnPath.notRead', { host: a.imapHost })}
        </Typography.Text>
        {bounceError && (
          <Alert
            type="error"
            showIcon
            data-testid="smtp-account-bounce-error"
            title={t('smtpAccounts.returnPath.failed', { reason: bounceError })}
          />
        )}
        {outcome && (
          <Alert
            type={outcome.ok ? 'success' : 'error'}
            showIcon
            closable={{ onClose: () => setOutcome(null) }}
            data-testid="smtp-account-test-result"
            title={
              outcome.ok
                ? t('smtpAccounts.testOk', { host: a.smtpHost })
                : t('smtpAccounts.testFailed', { reason: outcome.reason })
            }
          />
        )}
        {!outcome && lastError && (
          <Alert
            type="error"
            showIcon
            data-testid="smtp-account-error"
            title={t('smtpAccounts.lastError', { reason: lastError })}
          />
        )}
        <Space wrap>
          <Button loading={testing} onClick={() => void test()} data-testid="smtp-account-test">
            {testing ? t('smtpAccounts.testing') : t('smtpAccounts.test')}
          </Button>
          {a.imapHost && (
            <Button
              loading={reading}
              onClick={() => void readBounces()}
              data-testid="smtp-account-read-bounces"
            >
              {t('smtpAccounts.returnPath.readNow')}
            </Button>
          )}
          <Button onClick={props.onEdit}>{t('common.edit')}</Button>
          <Popconfirm
            title={t('smtpAccounts.deleteConfirm')}
            okText={t('common.yes')}
            cancelText={t('common.no')}
            onConfirm={remove}
          >
            <Button danger>{t('common.delete')}</Button>
          </Popconfirm>
        </Space>
      </Flex>
    </Card>
  );
}
