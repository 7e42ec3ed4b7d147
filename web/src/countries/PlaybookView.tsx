import { CheckCircleTwoTone, CloseCircleTwoTone, InfoCircleOutlined } from '@ant-design/icons';
import { Alert, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Comparison, PlaybookItem } from '../api/models.ts';

export function triggerText(
  item: PlaybookItem,
  zh: boolean,
  t: (k: string, o?: Record<string, unknown>) => string,
): string {
  const dimension = zh ? item.dimensionName.zh : item.dimensionName.en;
  const tr = item.trigger;
  if (tr.kind === 'level')
    return t(tr.level === 'low' ? 'playbook.triggerLevelLow' : 'playbook.triggerLevelHigh', {
      dimension,
      score: tr.score,
      threshold: tr.threshold,
    });
  return t('playbook.triggerGap', {
    dimension,
    score: tr.score,
    home: tr.homeScore,
    gap: tr.gap > 0 ? `+${tr.gap}` : tr.gap,
  });
}

/** Guidance items, each naming the dimension and the scores that triggered it; missing scores said plainly. */
export function PlaybookView({
  playbook,
  limit,
}: {
  playbook: Comparison['playbook'];
  limit?: number;
}) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  const items = limit ? playbook.items.slice(0, limit) : playbook.items;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('playbook.empty')} />
      ) : (
        <List
          dataSource={items}
          renderItem={(item) => (
            <List.Item data-testid="playbook-item">
              <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                <Space wrap>
                  <Tag color="blue">{zh ? item.contextName.zh : item.contextName.en}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {triggerText(item, zh, t)}
                  </Typography.Text>
                </Space>
                <Typography.Text>
                  <CheckCircleTwoTone twoToneColor="#52c41a" /> {zh ? item.do.zh : item.do.en}
                </Typography.Text>
                <Typography.Text type="secondary">
                  <CloseCircleTwoTone twoToneColor="#ff4d4f" /> {zh ? item.avoid.zh : item.avoid.en}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
      {!limit &&
        playbook.missing.map((m) => (
          <Alert
            key={`${m.side}-${m.dimension}`}
            type="warning"
            showIcon
            title={zh ? m.note.zh : m.note.en}
          />
        ))}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <InfoCircleOutlined /> {zh ? playbook.disclaimer.zh : playbook.disclaimer.en}
      </Typography.Text>
    </Space>
  );
}
