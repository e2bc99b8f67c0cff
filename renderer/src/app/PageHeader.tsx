// The header every page opens with: its title (h3) on the left, the page's own actions and filters
// on the right, wrapping under the title on a narrow window.
import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';

type Props = {
  /** The page's name, already translated (t()); may carry a secondary text after it. */
  title: ReactNode;
  /** What stays next to the title (the chooser of which system or evaluation the page shows). */
  beside?: ReactNode;
  /** Actions and filters shown opposite the title. */
  children?: ReactNode;
};

export function PageHeader({ title, beside, children }: Props) {
  const heading = (
    <Typography.Title level={3} style={{ margin: 0 }}>
      {title}
    </Typography.Title>
  );
  return (
    <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
      {beside ? (
        <Space wrap>
          {heading}
          {beside}
        </Space>
      ) : (
        heading
      )}
      {children}
    </Space>
  );
}
