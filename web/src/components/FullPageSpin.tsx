import { Spin } from 'antd';

/** Centered spinner for the whole viewport (session check, lazy pages). */
export function FullPageSpin() {
  return (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', minHeight: '60vh' }}>
      <Spin size="large" />
    </div>
  );
}
