import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Result, Select, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, client, unwrap } from '../api/client.ts';
import { autonym, fetchPublicForm, portalKeys } from './api.ts';
import { browserLabels, PortalShell } from './PortalShell.tsx';

interface Values {
  name: string;
  email: string;
  company?: string;
  subject: string;
  description: string;
  website_url?: string;
}

/** The workspace's public "new ticket" form, in the language the visitor picks. */
export function PortalNewTicketPage() {
  const { workspace = '', key = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const lang = search.get('lang') ?? undefined;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const q = useQuery({
    queryKey: portalKeys.form(workspace, key, lang),
    queryFn: () => fetchPublicForm(workspace, key, lang),
    placeholderData: (previous) => previous,
  });
  const submit = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        client.POST('/public/ticket-forms/{workspace}/{key}', {
          params: { path: { workspace, key } },
          body: { ...v, language: q.data?.language },
        }),
      ),
    onError: (err) => {
      const l = q.data!.labels;
      if (err instanceof ApiError && err.status === 400 && err.errors.length)
        form.setFields(
          err.errors.map((e) => ({
            name: e.path.replace(/^\//, '').split('/')[0] as keyof Values,
            errors: [e.path === '/email' ? l.invalidEmail : l.failed],
          })),
        );
      else void message.error(err instanceof ApiError && err.status === 429 ? l.tooMany : l.failed);
    },
  });
  if (q.isPending) return <PortalShell loading />;
  if (!q.data) {
    const f = browserLabels();
    return (
      <PortalShell language={f.language} dir={f.dir}>
        <Result status="404" title={f.labels.notFound} />
      </PortalShell>
    );
  }
  const x = q.data;
  const l = x.labels;
  const required = { required: true, whitespace: true, message: l.required };
  return (
    <PortalShell language={x.language} dir={x.dir}>
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {l.formTitle}
          </Typography.Title>
          <Select
            value={x.language}
            aria-label={l.language}
            style={{ minWidth: 140 }}
            onChange={(v) => setSearch({ lang: v })}
            options={x.languages.map((v) => ({ value: v, label: autonym(v) }))}
            data-testid="portal-language"
          />
        </Flex>
        {submit.data ? (
          <Result
            status="success"
            title={l.thanks}
            subTitle={submit.data.number}
            extra={
              <Link to={submit.data.portalUrl} data-testid="portal-follow">
                {l.follow}
              </Link>
            }
          />
        ) : (
          <Form<Values> form={form} layout="vertical" onFinish={(v) => submit.mutate(v)}>
            <Form.Item
              name="name"
              label={l.name}
              rules={[required, { max: 100, message: l.tooLong }]}
            >
              <Input autoComplete="name" />
            </Form.Item>
            <Form.Item
              name="email"
              label={l.email}
              rules={[required, { type: 'email', message: l.invalidEmail }]}
            >
              <Input type="email" autoComplete="email" />
            </Form.Item>
            <Form.Item name="company" label={l.company} rules={[{ max: 200, message: l.tooLong }]}>
              <Input autoComplete="organization" />
            </Form.Item>
            <Form.Item
              name="subject"
              label={l.subject}
              rules={[required, { max: 200, message: l.tooLong }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="description"
              label={l.description}
              rules={[required, { max: 10_000, message: l.tooLong }]}
            >
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} />
            </Form.Item>
            {/* A trap for robots: hidden from people and from screen readers, never filled by hand. */}
            <Form.Item name="website_url" hidden>
              <Input tabIndex={-1} autoComplete="off" aria-hidden />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={submit.isPending} block>
              {l.submit}
            </Button>
          </Form>
        )}
      </Flex>
    </PortalShell>
  );
}
