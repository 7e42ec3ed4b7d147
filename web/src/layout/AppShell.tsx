import {
  BankOutlined,
  HomeOutlined,
  ScheduleOutlined,
  ApiOutlined,
  AuditOutlined,
  LogoutOutlined,
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
} from '@ant-design/icons';
import { Avatar, Dropdown, Layout, Menu, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/session.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** Navigation grows with each capability: add its entry here and its route in App. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const admin = user.role === 'admin';

  const items = [
    { key: '/dashboard', icon: <HomeOutlined />, label: <Link to="/">{t('nav.dashboard')}</Link> },
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
      key: '/import',
      icon: <UploadOutlined />,
      label: <Link to="/import">{t('nav.imports')}</Link>,
    },
    {
      key: '/duplicates',
      icon: <MergeCellsOutlined />,
      label: <Link to="/duplicates">{t('nav.duplicates')}</Link>,
    },
    {
      key: '/value',
      icon: <DollarOutlined />,
      label: <Link to="/value">{t('nav.value')}</Link>,
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
    {
      key: '/countries',
      icon: <GlobalOutlined />,
      label: <Link to="/countries">{t('nav.countries')}</Link>,
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
                key: '/admin/policies',
                icon: <ScheduleOutlined />,
                label: <Link to="/admin/policies">{t('nav.policies')}</Link>,
              },
              {
                key: '/admin/audit',
                icon: <AuditOutlined />,
                label: <Link to="/admin/audit">{t('nav.audit')}</Link>,
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

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={220}
        theme="light"
        breakpoint="lg"
        collapsedWidth={64}
        style={{ borderRight: '1px solid #f0f0f0' }}
      >
        <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 18 }}>
          <Link to="/customers" style={{ color: 'inherit' }}>
            出海 <span style={{ fontWeight: 400, color: '#888', fontSize: 14 }}>Chuhai</span>
          </Link>
        </div>
        <Menu
          mode="inline"
          selectedKeys={selected}
          defaultOpenKeys={['admin']}
          items={items}
          style={{ borderInlineEnd: 0 }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            gap: 16,
            borderBottom: '1px solid #f0f0f0',
            paddingInline: 24,
          }}
        >
          <LanguageSwitch signedIn />
          <Dropdown
            menu={{
              items: [
                {
                  key: 'profile',
                  icon: <TeamOutlined />,
                  label: t('nav.profile'),
                  onClick: () => void navigate('/profile'),
                },
                {
                  key: 'docs',
                  icon: <ApiOutlined />,
                  label: (
                    <a href="/api/docs" target="_blank" rel="noreferrer">
                      {t('nav.apiDocs')}
                    </a>
                  ),
                },
                { type: 'divider' },
                {
                  key: 'out',
                  icon: <LogoutOutlined />,
                  label: t('nav.signOut'),
                  onClick: () => void signOut(),
                },
              ],
            }}
          >
            <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
              <Avatar size="small" icon={<UserOutlined />} />
              <Typography.Text>{user.name}</Typography.Text>
              <Typography.Text type="secondary">{t(`roles.${user.role}`)}</Typography.Text>
            </Space>
          </Dropdown>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
