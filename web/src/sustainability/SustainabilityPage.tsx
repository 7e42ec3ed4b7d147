import { Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CertificatesCard } from './CertificatesCard.tsx';
import { CommitmentsCard } from './CommitmentsCard.tsx';
import { RequirementsCard } from './RequirementsCard.tsx';

/**
 * Sustainability commitments (issue 19, ESG): customers' requirements, our certificates with their
 * renewal dates, and our commitments. One column on a phone, two on a wide screen.
 */
export function SustainabilityPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('sustainability.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('sustainability.intro')}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <RequirementsCard />
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <CertificatesCard />
            <CommitmentsCard />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
