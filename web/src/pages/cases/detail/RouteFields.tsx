// 分流: pick a unit and/or a person from the route options, with their open-case counts.
import { Alert, Form, Input, Select, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { RouteOptions } from '../../../api/caseTypes';
import { casesApi } from '../../../api/cases';
import { isApiError } from '../../../api/client';
import { roleLabelKey } from '../../../auth';
import { ROLES, type Role } from '../../../api/types';
import { departmentTypeLabel } from '../../../components/labels';
import { useT } from '../../../i18n';
import { isOneOf } from '../shared/caseLabels';
import type { ActionValues } from './actionForms';

/** `overriddenRule`: the rule that routed the case; re-routing it overrides the rule and needs a reason. */
export function RouteFields({ caseId, overriddenRule = null }: { caseId: string; overriddenRule?: string | null }) {
  const t = useT();
  const form = Form.useFormInstance<ActionValues>();
  const unitId = Form.useWatch('unitId', form);
  const [options, setOptions] = useState<RouteOptions | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    casesApi.routeOptions(caseId).then(
      (result) => active && setOptions(result),
      (error: unknown) => active && setFailure(isApiError(error) ? error.message : t('error.unexpected')),
    );
    return () => {
      active = false;
    };
  }, [caseId, t]);

  const unitOptions = useMemo(
    () =>
      (options?.units ?? []).map((unit) => ({
        value: unit.id,
        label: unit.name,
        hint: departmentTypeLabel(t, unit.departmentType),
      })),
    [options, t],
  );
  const userOptions = useMemo(() => {
    const roleLabel = (role: string) => (isOneOf<Role>(ROLES, role) ? t(roleLabelKey(role)) : role);
    return (options?.users ?? [])
        .filter((user) => !unitId || user.unitId === unitId)
        .map((user) => ({
          value: user.id,
          label: user.displayName,
          search: `${user.displayName} ${user.unitName}`,
          unitId: user.unitId,
          hint: `${roleLabel(user.role)} · ${user.unitName}`,
          openCases: user.openCases,
        }));
  }, [options, unitId, t]);

  if (failure) return <Alert type="error" showIcon title={failure} />;
  if (!options) return <Spin />;

  return (
    <>
      <Form.Item
        name="unitId"
        label={t('route.unit')}
        rules={[
          {
            validator: async (_rule, value: string | undefined) => {
              if (!value && !form.getFieldValue('userId')) throw new Error(t('route.targetRequired'));
            },
          },
        ]}
      >
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('route.unitPlaceholder')}
          options={unitOptions}
          optionRender={(option) => (
            <span>
              {option.data.label}
              {option.data.hint ? (
                <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                  {option.data.hint}
                </Typography.Text>
              ) : null}
            </span>
          )}
          onChange={() => {
            form.setFieldValue('userId', undefined);
            void form.validateFields(['unitId']);
          }}
          data-testid="route-unit"
        />
      </Form.Item>
      <Form.Item name="userId" label={t('route.user')} extra={t('route.userHint')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'search' }}
          placeholder={t('route.userPlaceholder')}
          options={userOptions}
          optionRender={(option) => (
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }} data-user-id={option.data.value}>
              <span>
                {option.data.label}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                  {option.data.hint}
                </Typography.Text>
              </span>
              <Typography.Text type={option.data.openCases > 10 ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
                {t('route.openCases', { count: option.data.openCases })}
              </Typography.Text>
            </div>
          )}
          onChange={(userId: string | undefined) => {
            const user = options.users.find((candidate) => candidate.id === userId);
            if (user && !form.getFieldValue('unitId')) form.setFieldValue('unitId', user.unitId);
            void form.validateFields(['unitId']);
          }}
          data-testid="route-user"
        />
      </Form.Item>
      {overriddenRule !== null ? (
        <Alert type="warning" showIcon title={t('route.overrideNotice', { name: overriddenRule })} style={{ marginBottom: 16 }} data-testid="route-override-notice" />
      ) : null}
      <Form.Item
        name="reason"
        label={overriddenRule !== null ? t('route.overrideReason') : t('route.reason')}
        extra={overriddenRule !== null ? undefined : t('route.reasonHint')}
        rules={[{ required: overriddenRule !== null, whitespace: true, message: t('route.overrideReasonRequired') }, { max: 500 }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} data-testid="action-reason" />
      </Form.Item>
    </>
  );
}
