import { CheckSquareOutlined } from '@ant-design/icons';
import { Button, Flex, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { flag } from '../lib/countries.ts';
import { STATE_COLOR, type Visit } from './api.ts';

/** The answers of a recorded visit in a line: "✓ Runs quietly · Satisfaction 4/5". */
function answersLine(v: Visit): string {
  const answers = v.outcome?.answers ?? {};
  return v.checklist
    .flatMap((item) => {
      const a = answers[item.key];
      if (a === undefined || a === '') return [];
      if (item.type === 'yes_no') return [`${a ? '✓' : '✗'} ${item.label}`];
      if (item.type === 'score') return [`${item.label} ${String(a)}/5`];
      return [`${item.label}: ${String(a)}`];
    })
    .join(' · ');
}

/**
 * One follow-up visit in a list: its state (missed ones in red), what it follows, when it is due
 * in the customer's calendar and why, and the button that records its outcome.
 */
export function VisitItem(props: {
  visit: Visit;
  showCustomer: boolean;
  onRecord: (v: Visit) => void;
}) {
  const { t, i18n } = useTranslation();
  const v = props.visit;
  const toDo = v.state === 'planned' || v.state === 'overdue';
  const record = toDo && (
    <Button
      size="small"
      icon={<CheckSquareOutlined />}
      onClick={() => props.onRecord(v)}
      data-testid="visit-record"
    >
      {t('visits.record')}
    </Button>
  );
  return (
    <List.Item data-testid="visit-item" style={{ paddingInline: 0 }}>
      <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
        <Flex justify="space-between" align="start" gap={8} wrap>
          <Space wrap size={[6, 4]} style={{ minWidth: 0 }}>
            <Tag color={STATE_COLOR[v.state]} data-testid="visit-state">
              {t(`visits.states.${v.state}`)}
            </Tag>
            <Typography.Text strong>{t(`visits.kinds.${v.kind}`)}</Typography.Text>
            {props.showCustomer && (
              <Link to={`/customers/${v.customerId}`} style={{ overflowWrap: 'anywhere' }}>
                {flag(v.country)} {v.customerName}
              </Link>
            )}
          </Space>
          {record}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
          {v.source.kind === 'ticket' ? (
            <Link to={`/tickets/${v.source.id}`}>
              {t('visits.after', { source: v.source.label })}
            </Link>
          ) : (
            t('visits.after', { source: v.source.label })
          )}{' '}
          · {t('visits.due', { date: v.dueDate })}
          {v.assigneeName ? ` · ${v.assigneeName}` : ''}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
          {i18n.language === 'zh-CN' ? v.reason.zh : v.reason.en}
        </Typography.Text>
        {v.outcome && (
          <Typography.Text style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
            {answersLine(v)}
          </Typography.Text>
        )}
      </Flex>
    </List.Item>
  );
}
