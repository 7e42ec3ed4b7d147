import { Divider } from 'antd';
import type { ReactNode } from 'react';
import { useIsPhone } from '../layout/useIsPhone.ts';

/** A titled section of the tender editor: two columns on a desk, one on a phone. */
export function FieldGrid(props: { title: ReactNode; children: ReactNode; columns?: number }) {
  const phone = useIsPhone();
  return (
    <>
      <Divider
        titlePlacement="start"
        style={{ margin: '8px 0' }}
        styles={{ content: { margin: 0 } }}
      >
        {props.title}
      </Divider>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: phone ? '1fr' : `repeat(${props.columns ?? 2}, 1fr)`,
          columnGap: 16,
        }}
      >
        {props.children}
      </div>
    </>
  );
}
