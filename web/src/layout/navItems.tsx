import { FireOutlined, SafetyCertificateOutlined, SoundOutlined } from '@ant-design/icons';
import {
  AlertOutlined,
  ApiOutlined,
  BankOutlined,
  HomeOutlined,
  HeatMapOutlined,
  ScheduleOutlined,
  ThunderboltOutlined,
  AuditOutlined,
  FieldTimeOutlined,
  SafetyOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
  UsergroupAddOutlined,
  FormOutlined,
  FilterOutlined,
  MergeCellsOutlined,
  UploadOutlined,
  GlobalOutlined,
  DollarOutlined,
  ProfileOutlined,
  InboxOutlined,
  ControlOutlined,
  GiftOutlined,
  AppstoreOutlined,
  TagsOutlined,
  FileTextOutlined,
  FileSearchOutlined,
  PieChartOutlined,
  ProjectOutlined,
  CustomerServiceOutlined,
  ClockCircleOutlined,
  MailOutlined,
  SendOutlined,
  SmileOutlined,
  CalendarOutlined,
  NotificationOutlined,
  PhoneOutlined,
  ApartmentOutlined,
  EnvironmentOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../auth/session.tsx';

/**
 * The menu's entries and which is selected. Navigation grows with each capability: add its
 * entry here and its route in App. The sider (desktop) and the drawer (phone) show the same.
 */
export function useNavItems(): { items: NonNullable<MenuProps['items']>; selected: string[] } {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();
  const admin = user.role === 'admin';

  const items = [
    { key: '/dashboard', icon: <HomeOutlined />, label: <Link to="/">{t('nav.dashboard')}</Link> },
    {
      key: '/insight',
      icon: <HeatMapOutlined />,
      label: <Link to="/insight">{t('insight.nav')}</Link>,
    },
    {
      key: 'group-customers',
      type: 'group' as const,
      label: t('nav.groups.customers'),
      children: [
        {
          key: '/customers',
          icon: <TeamOutlined />,
          label: <Link to="/customers">{t('nav.customers')}</Link>,
        },
        {
          key: '/segments',
          icon: <FilterOutlined />,
          label: <Link to="/segments">{t('nav.segments')}</Link>,
        },
        {
          key: '/pool',
          icon: <InboxOutlined />,
          label: <Link to="/pool">{t('nav.pool')}</Link>,
        },
        {
          key: '/greetings',
          icon: <GiftOutlined />,
          label: <Link to="/greetings">{t('nav.greetings')}</Link>,
        },
        {
          key: '/duplicates',
          icon: <MergeCellsOutlined />,
          label: <Link to="/duplicates">{t('nav.duplicates')}</Link>,
        },
        {
          key: '/import',
          icon: <UploadOutlined />,
          label: <Link to="/import">{t('nav.imports')}</Link>,
        },
        ...(user.role !== 'rep'
          ? [
              {
                key: '/lead-forms',
                icon: <ProfileOutlined />,
                label: <Link to="/lead-forms">{t('nav.leadForms')}</Link>,
              },
            ]
          : []),
      ],
    },
    {
      key: 'group-sales',
      type: 'group' as const,
      label: t('nav.groups.sales'),
      children: [
        {
          key: '/deals',
          icon: <ProjectOutlined />,
          label: <Link to="/deals">{t('nav.deals')}</Link>,
        },
        {
          key: '/quotes',
          icon: <FileTextOutlined />,
          label: <Link to="/quotes">{t('nav.quotes')}</Link>,
        },
        {
          key: '/templates',
          icon: <MailOutlined />,
          label: <Link to="/templates">{t('templates.nav')}</Link>,
        },
        {
          key: '/outbox',
          icon: <SendOutlined />,
          label: <Link to="/outbox">{t('outbox.title')}</Link>,
        },
        // Campaigns mail whole segments: managers and admins only (the API answers reps 403).
        ...(user.role !== 'rep'
          ? [
              {
                key: '/campaigns',
                icon: <NotificationOutlined />,
                label: <Link to="/campaigns">{t('campaigns.nav')}</Link>,
              },
            ]
          : []),
        {
          key: '/events',
          icon: <CalendarOutlined />,
          label: <Link to="/events">{t('events.nav')}</Link>,
        },
        {
          key: '/tenders',
          icon: <FileSearchOutlined />,
          label: <Link to="/tenders">{t('tenders.nav.list')}</Link>,
        },
        {
          key: '/tender-analysis',
          icon: <PieChartOutlined />,
          label: <Link to="/tender-analysis">{t('tenders.nav.analysis')}</Link>,
        },
        {
          key: '/products',
          icon: <AppstoreOutlined />,
          label: <Link to="/products">{t('nav.products')}</Link>,
        },
        {
          key: '/price-lists',
          icon: <TagsOutlined />,
          label: <Link to="/price-lists">{t('nav.priceLists')}</Link>,
        },
        {
          key: '/value',
          icon: <DollarOutlined />,
          label: <Link to="/value">{t('nav.value')}</Link>,
        },
        {
          key: '/risk',
          icon: <AlertOutlined />,
          label: <Link to="/risk">{t('nav.risk')}</Link>,
        },
        {
          key: '/stakeholders',
          icon: <ApartmentOutlined />,
          label: <Link to="/stakeholders">{t('stakeholders.nav')}</Link>,
        },
        {
          key: '/sustainability',
          icon: <SafetyCertificateOutlined />,
          label: <Link to="/sustainability">{t('sustainability.nav')}</Link>,
        },
        // Crisis incidents are managers' and admins' work.
        ...(user.role === 'admin' || user.role === 'manager'
          ? [
              {
                key: '/reputation',
                icon: <SoundOutlined />,
                label: <Link to="/reputation">{t('reputation.nav')}</Link>,
              },
              {
                key: '/incidents',
                icon: <FireOutlined />,
                label: <Link to="/incidents">{t('incidents.nav')}</Link>,
              },
              {
                key: '/local-value',
                icon: <BankOutlined />,
                label: <Link to="/local-value">{t('localValue.nav')}</Link>,
              },
            ]
          : []),
      ],
    },
    {
      key: 'group-service',
      type: 'group' as const,
      label: t('nav.groups.service'),
      children: [
        {
          key: '/tickets',
          icon: <CustomerServiceOutlined />,
          label: <Link to="/tickets">{t('nav.tickets')}</Link>,
        },
        {
          key: '/feedback',
          icon: <SmileOutlined />,
          label: <Link to="/feedback">{t('nav.feedback')}</Link>,
        },
        ...(user.role !== 'rep'
          ? [
              {
                key: '/surveys',
                icon: <FormOutlined />,
                label: <Link to="/surveys">{t('nav.surveys')}</Link>,
              },
            ]
          : []),
      ],
    },
    {
      key: 'group-markets',
      type: 'group' as const,
      label: t('nav.groups.markets'),
      children: [
        {
          key: '/countries',
          icon: <GlobalOutlined />,
          label: <Link to="/countries">{t('nav.countries')}</Link>,
        },
        // Offices abroad: anyone may manage or work in one (the list shows only those); service
        // agents' sessions reach only the ticket routes.
        ...(user.role !== 'agent'
          ? [
              {
                key: '/offices',
                icon: <EnvironmentOutlined />,
                label: <Link to="/offices">{t('nav.offices')}</Link>,
              },
            ]
          : []),
      ],
    },
    ...(admin
      ? [
          {
            key: 'admin',
            icon: <SettingOutlined />,
            label: t('nav.admin'),
            children: [
              {
                key: '/admin/users',
                icon: <UserOutlined />,
                label: <Link to="/admin/users">{t('nav.users')}</Link>,
              },
              {
                key: '/admin/teams',
                icon: <UsergroupAddOutlined />,
                label: <Link to="/admin/teams">{t('nav.teams')}</Link>,
              },
              {
                key: '/admin/custom-fields',
                icon: <FormOutlined />,
                label: <Link to="/admin/custom-fields">{t('nav.customFields')}</Link>,
              },
              {
                key: '/admin/workspace',
                icon: <BankOutlined />,
                label: <Link to="/admin/workspace">{t('nav.workspace')}</Link>,
              },
              {
                key: '/admin/insight',
                icon: <GlobalOutlined />,
                label: <Link to="/admin/insight">{t('insight.settings.nav')}</Link>,
              },
              {
                key: '/admin/playbooks',
                icon: <ScheduleOutlined />,
                label: <Link to="/admin/playbooks">{t('playbooks.nav')}</Link>,
              },
              {
                key: '/admin/policies',
                icon: <ScheduleOutlined />,
                label: <Link to="/admin/policies">{t('nav.policies')}</Link>,
              },
              {
                key: '/admin/pool',
                icon: <ControlOutlined />,
                label: <Link to="/admin/pool">{t('nav.poolSettings')}</Link>,
              },
              {
                key: '/admin/loyalty',
                icon: <GiftOutlined />,
                label: <Link to="/admin/loyalty">{t('loyalty.nav')}</Link>,
              },
              {
                key: '/admin/automations',
                icon: <ThunderboltOutlined />,
                label: <Link to="/admin/automations">{t('nav.automations')}</Link>,
              },
              {
                key: '/admin/quotes',
                icon: <FileTextOutlined />,
                label: <Link to="/admin/quotes">{t('nav.quoteSettings')}</Link>,
              },
              {
                key: '/admin/tender-reasons',
                icon: <TagsOutlined />,
                label: <Link to="/admin/tender-reasons">{t('tenders.nav.reasons')}</Link>,
              },
              {
                key: '/admin/sla-policies',
                icon: <ClockCircleOutlined />,
                label: <Link to="/admin/sla-policies">{t('nav.slaPolicies')}</Link>,
              },
              {
                key: '/admin/escalation-rules',
                icon: <ClockCircleOutlined />,
                label: <Link to="/admin/escalation-rules">{t('nav.escalationRules')}</Link>,
              },
              {
                key: '/admin/visit-rules',
                icon: <PhoneOutlined />,
                label: <Link to="/admin/visit-rules">{t('visits.rules.title')}</Link>,
              },
              {
                key: '/admin/ticket-forms',
                icon: <FormOutlined />,
                label: <Link to="/admin/ticket-forms">{t('nav.ticketForms')}</Link>,
              },
              {
                key: '/admin/webhooks',
                icon: <ApiOutlined />,
                label: <Link to="/admin/webhooks">{t('nav.webhooks')}</Link>,
              },
              {
                key: '/admin/smtp-accounts',
                icon: <MailOutlined />,
                label: <Link to="/admin/smtp-accounts">{t('smtpAccounts.nav')}</Link>,
              },
              {
                key: '/admin/campaign-delivery',
                icon: <MailOutlined />,
                label: <Link to="/admin/campaign-delivery">{t('delivery.nav')}</Link>,
              },
              {
                key: '/admin/audit',
                icon: <AuditOutlined />,
                label: <Link to="/admin/audit">{t('nav.audit')}</Link>,
              },
              {
                key: '/admin/jobs',
                icon: <FieldTimeOutlined />,
                label: <Link to="/admin/jobs">{t('nav.jobs')}</Link>,
              },
              {
                key: '/admin/sanctions',
                icon: <SafetyOutlined />,
                label: <Link to="/admin/sanctions">{t('nav.sanctions')}</Link>,
              },
            ],
          },
        ]
      : []),
  ];
  const path = location.pathname === '/' ? '/dashboard' : location.pathname;
  const selected = items
    .flatMap((i) => ('children' in i && i.children ? i.children.map((c) => c.key) : [i.key]))
    .filter((k) => path.startsWith(k));
  return { items, selected };
}
