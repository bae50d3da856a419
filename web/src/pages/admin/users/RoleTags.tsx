import { Space, Tag, Tooltip } from 'antd';
import type { RoleAssignment } from '../../../api/types';
import { roleLabelKey } from '../../../auth';
import { kindLabel } from '../../../components/labels';
import { useT } from '../../../i18n';

/** One tag per role assignment: "网格员 · 友谊社区第三网格". */
export function RoleTags({ roles }: { roles: RoleAssignment[] }) {
  const t = useT();
  return (
    <Space size={[4, 4]} wrap>
      {roles.map((assignment) => (
        <Tooltip key={`${assignment.role}:${assignment.unitId}`} title={kindLabel(t, assignment.unitKind)}>
          <Tag color={assignment.role === 'admin' ? 'volcano' : 'blue'} style={{ marginInlineEnd: 0 }}>
            {t(roleLabelKey(assignment.role))} · {assignment.unitName}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}
