import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, List, Popconfirm, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { IncidentDetail } from './api.ts';

const COLOR = { negative: 'red', neutral: 'default', positive: 'green' } as Record<string, string>;

/**
 * The mentions linked to an incident, newest first; its owner and admins link one of its
 * markets' mentions or unlink one.
 */
export function IncidentMentions(props: {
  incident: IncidentDetail;
  run: (call: () => Promise<unknown>) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const i = props.incident;
  const [picked, setPicked] = useState<string | undefined>();
  const country = i.countries[0];
  const candidates = useQuery({
    queryKey: ['mentions', 'for-incident', i.id, country],
    queryFn: () =>
      unwrap(client.GET('/mentions', { params: { query: { country: country!, limit: 50 } } })),
    enabled: i.canEdit && !!country,
  });
  const linked = new Set(i.mentions.map((m) => m.id));
  const options = (candidates.data?.items ?? [])
    .filter((m) => !linked.has(m.id))
    .map((m) => ({ value: m.id, label: `${m.publishedOn} · ${m.title}` }));
  const path = (mentionId: string) => ({ params: { path: { id: i.id, mentionId } } });
  return (
    <Card size="small" title={t('incidents.mentions')} data-testid="incident-mentions">
      {i.mentions.length === 0 ? (
        <Empty description={t('incidents.noMentions')} />
      ) : (
        <List
          dataSource={i.mentions}
          renderItem={(m) => (
            <List.Item
              data-testid="incident-mention"
              actions={
                i.canEdit
                  ? [
                      <Popconfirm
                        key="unlink"
                        title={t('incidents.unlinkConfirm')}
                        onConfirm={() =>
                          void props.run(() =>
                            unwrap(
                              client.DELETE('/incidents/{id}/mentions/{mentionId}', path(m.id)),
                            ),
                          )
                        }
                      >
                        <Button size="small" data-testid="incident-mention-unlink">
                          {t('incidents.unlink')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <Flex vertical style={{ overflowWrap: 'anywhere' }}>
                <span lang={m.language}>
                  <Tag color={COLOR[m.sentiment]}>{t(`reputation.sentiments.${m.sentiment}`)}</Tag>
                  {m.url ? (
                    <a href={m.url} target="_blank" rel="noreferrer noopener">
                      {m.title}
                    </a>
                  ) : (
                    m.title
                  )}
                </span>
                <Typography.Text type="secondary">
                  {m.publishedOn} · {m.source} · {m.country}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {i.canEdit && (
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            style={{ flex: 1, minWidth: 200 }}
            placeholder={t('incidents.pickMention')}
            options={options}
            value={picked}
            onChange={setPicked}
            loading={candidates.isPending}
            data-testid="incident-mention-pick"
          />
          <Button
            disabled={!picked}
            data-testid="incident-mention-link"
            onClick={() =>
              picked &&
              void props
                .run(() => unwrap(client.PUT('/incidents/{id}/mentions/{mentionId}', path(picked))))
                .then((ok) => ok && setPicked(undefined))
            }
          >
            {t('incidents.link')}
          </Button>
        </Flex>
      )}
    </Card>
  );
}
