import { ApartmentOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SegmentFilter } from '../api/models.ts';
import {
  ConditionRow,
  defaultCondition,
  type Condition,
  type FieldCatalogue,
} from './ConditionRow.tsx';

/** A saved segment's filter, or one of its nested groups: the server's own shape. */
export type Group = SegmentFilter;

// The server allows groups four deep; the builder offers the same.
const MAX_DEPTH = 4;

export const isGroup = (x: Condition | Group): x is Group => 'conditions' in x;

export const emptyGroup = (): Group => ({ match: 'all', conditions: [defaultCondition()] });

/** An AND/OR group of conditions and nested groups, edited in place. */
export function GroupEditor(props: {
  value: Group;
  catalogue: FieldCatalogue;
  depth?: number;
  onChange: (g: Group) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const { value: g, onChange } = props;
  const depth = props.depth ?? 1;
  const setItem = (i: number, next: Condition | Group) =>
    onChange({ ...g, conditions: g.conditions.map((x, j) => (j === i ? next : x)) });
  const removeItem = (i: number) =>
    onChange({ ...g, conditions: g.conditions.filter((_, j) => j !== i) });

  const body = (
    <Flex vertical gap={10}>
      <Space wrap>
        <Typography.Text>{t('segments.match')}</Typography.Text>
        <Radio.Group
          value={g.match}
          onChange={(e) => onChange({ ...g, match: e.target.value as 'all' | 'any' })}
          options={[
            { value: 'all', label: t('segments.matchAll') },
            { value: 'any', label: t('segments.matchAny') },
          ]}
        />
        {props.onRemove && (
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('segments.removeGroup')}
            onClick={props.onRemove}
          />
        )}
      </Space>
      {g.conditions.map((c, i) =>
        isGroup(c) ? (
          <GroupEditor
            key={i}
            value={c}
            catalogue={props.catalogue}
            depth={depth + 1}
            onChange={(next) => setItem(i, next)}
            onRemove={() => removeItem(i)}
          />
        ) : (
          <ConditionRow
            key={i}
            value={c}
            catalogue={props.catalogue}
            onChange={(next) => setItem(i, next)}
            onRemove={() => removeItem(i)}
          />
        ),
      )}
      <Space wrap>
        <Button
          icon={<PlusOutlined />}
          onClick={() => onChange({ ...g, conditions: [...g.conditions, defaultCondition()] })}
        >
          {t('segments.addCondition')}
        </Button>
        {depth < MAX_DEPTH && (
          <Button
            icon={<ApartmentOutlined />}
            onClick={() => onChange({ ...g, conditions: [...g.conditions, emptyGroup()] })}
          >
            {t('segments.addGroup')}
          </Button>
        )}
      </Space>
    </Flex>
  );
  // Nested groups sit in a bordered box so their AND/OR reads as one unit.
  return depth === 1 ? (
    body
  ) : (
    <Card size="small" styles={{ body: { padding: 12 } }}>
      {body}
    </Card>
  );
}
