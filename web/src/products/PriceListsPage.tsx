import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceList } from '../api/models.ts';
import { usePriceLists } from '../api/queries.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { PriceListDetail, useScopeLabel } from './PriceListDetail.tsx';
import { PriceListFormModal } from './PriceListFormModal.tsx';
import { PricePreview } from './PricePreview.tsx';
import { useMayEditCatalogue } from './useProducts.ts';

/** The price lists beside the chosen list's prices, and a preview of the price rule. */
export function PriceListsPage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const mayEdit = useMayEditCatalogue();
  const lists = usePriceLists();
  const scopeLabel = useScopeLabel();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [form, setForm] = useState<'new' | PriceList | null>(null);
  const items = lists.data ?? [];
  const chosen = items.find((l) => l.id === chosenId) ?? (phone ? undefined : items[0]);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('priceLists.title')}
        </Typography.Title>
        {mayEdit && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setForm('new')}
            data-testid="new-price-list"
          >
            {t('priceLists.new')}
          </Button>
        )}
      </Flex>
      <Flex gap={16} vertical={phone} align="start">
        <List<PriceList>
          style={{ width: phone ? '100%' : 300, flex: 'none' }}
          loading={lists.isPending}
          dataSource={items}
          split={false}
          locale={{ emptyText: <Empty description={t('priceLists.empty')} /> }}
          renderItem={(l) => (
            <List.Item style={{ padding: '0 0 8px' }}>
              <Card
                size="small"
                hoverable
                style={{ width: '100%', borderColor: chosen?.id === l.id ? '#1668dc' : undefined }}
                onClick={() => setChosenId(l.id)}
                data-testid="price-list-card"
              >
                <Typography.Text strong>{l.name}</Typography.Text>
                <Flex wrap gap={4} style={{ marginTop: 4 }}>
                  <Tag color="blue">{l.currency}</Tag>
                  <Tag>{scopeLabel(l)}</Tag>
                  <Tag>{t('priceLists.products', { count: l.products })}</Tag>
                </Flex>
                <Typography.Text type="secondary">
                  {l.validFrom} – {l.validTo ?? t('priceLists.openEnded')}
                </Typography.Text>
              </Card>
            </List.Item>
          )}
        />
        <div style={{ flex: 1, minWidth: 0, width: phone ? '100%' : undefined }}>
          {chosen ? (
            <PriceListDetail
              list={chosen}
              onEdit={() => setForm(chosen)}
              onDeleted={() => setChosenId(null)}
            />
          ) : (
            items.length > 0 && <Empty description={t('priceLists.choose')} />
          )}
        </div>
      </Flex>
      <PricePreview />
      {form && (
        <PriceListFormModal
          open
          list={form === 'new' ? undefined : form}
          onClose={() => setForm(null)}
          onSaved={(l) => {
            setForm(null);
            setChosenId(l.id);
          }}
        />
      )}
    </Flex>
  );
}
