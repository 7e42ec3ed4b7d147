import {
  ApiOutlined,
  LogoutOutlined,
  MenuOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import {
  Avatar,
  Button,
  ConfigProvider,
  Drawer,
  Dropdown,
  Layout,
  Menu,
  Flex,
  Typography,
} from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/session.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { useNavItems } from './navItems.tsx';
import { useIsPhone } from './useIsPhone.ts';

const PHONE_THEME = { components: { Card: { bodyPadding: 12, headerPadding: 12 } } };

function Brand() {
  return (
    <Link to="/" style={{ color: 'inherit', whiteSpace: 'nowrap' }}>
      出海 <span style={{ fontWeight: 400, color: '#888', fontSize: 14 }}>Chuhai</span>
    </Link>
  );
}

/**
 * The frame around every page. On a desktop the menu is a sider; below the md breakpoint it is a
 * drawer behind a menu button, so a phone's 390 px all go to the page.
 */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const { items, selected } = useNavItems();
  const [drawer, setDrawer] = useState(false);
  // Leaving the page by any link (menu, card, back link) closes the drawer.
  useEffect(() => setDrawer(false), [location.pathname]);

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selected}
      defaultOpenKeys={['admin']}
      items={items}
      style={{ borderInlineEnd: 0 }}
      onClick={() => setDrawer(false)}
    />
  );
  const role = t(`roles.${user.role}`);
  const userMenu = (
    <Dropdown
      // Click, not hover: a hover menu opened by a resting pointer covers the page's own buttons.
      trigger={['click']}
      menu={{
        items: [
          // On a phone the header shows only the avatar; the name and role are here.
          ...(phone
            ? [
                { key: 'who', label: `${user.name} · ${role}`, disabled: true },
                { type: 'divider' as const },
              ]
            : []),
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
      {/* One line: avatar, name (cut with … when long), role. */}
      <Flex
        align="center"
        gap={8}
        // The header's 64-px line height would drop the name below the avatar.
        style={{ cursor: 'pointer', minWidth: 0, whiteSpace: 'nowrap', lineHeight: 'normal' }}
        data-testid="user-menu"
      >
        <Avatar size="small" icon={<UserOutlined />} style={{ flex: 'none' }} />
        {!phone && (
          <>
            <span
              style={{ maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis' }}
              title={user.name}
            >
              {user.name}
            </span>
            <Typography.Text type="secondary">{role}</Typography.Text>
          </>
        )}
      </Flex>
    </Dropdown>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!phone && (
        <Layout.Sider
          width={220}
          theme="light"
          breakpoint="lg"
          collapsedWidth={64}
          style={{ borderRight: '1px solid #f0f0f0' }}
        >
          <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 18 }}>
            <Brand />
          </div>
          {menu}
        </Layout.Sider>
      )}
      {/* minWidth 0: a wide child (a table) scrolls inside the page instead of widening it. */}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            alignItems: 'center',
            gap: phone ? 8 : 16,
            borderBottom: '1px solid #f0f0f0',
            paddingInline: phone ? 8 : 24,
            ...(phone ? { height: 56, lineHeight: '56px' } : {}),
          }}
        >
          {phone && (
            <>
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('phone.menu')}
                onClick={() => setDrawer(true)}
                data-testid="nav-menu-button"
              />
              <span style={{ fontWeight: 600, fontSize: 17 }}>
                <Brand />
              </span>
            </>
          )}
          <span style={{ flex: 1 }} />
          <LanguageSwitch signedIn />
          {userMenu}
        </Layout.Header>
        <Layout.Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
          {/* Cards keep 12 px of their 24-px padding: a phone needs the width for the content.
              Always the same wrapper, so turning a tablet does not remount the page. */}
          <ConfigProvider theme={phone ? PHONE_THEME : undefined}>{children}</ConfigProvider>
        </Layout.Content>
      </Layout>
      {phone && (
        <Drawer
          placement="left"
          open={drawer}
          onClose={() => setDrawer(false)}
          size={260}
          title={<Brand />}
          styles={{ body: { padding: 0 } }}
          footer={
            <Typography.Text type="secondary" ellipsis>
              {user.name} · {role}
            </Typography.Text>
          }
        >
          <nav data-testid="nav-drawer">{menu}</nav>
        </Drawer>
      )}
    </Layout>
  );
}
