// Category and sub-category selects from the configurable taxonomy.
import { Col, Form, Select } from 'antd';
import { useT } from '../../../i18n';
import { useCategories } from '../shared/useCategories';
import type { IntakeValues } from './intakeForm';

export function CategoryFields() {
  const t = useT();
  const form = Form.useFormInstance<IntakeValues>();
  const categories = useCategories();
  const category = Form.useWatch('category', form);
  const children = categories.childrenOf(category);

  return (
    <>
      <Col xs={24} md={12}>
        <Form.Item name="category" label={t('case.category')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={categories.loading}
            placeholder={t('intake.categoryPlaceholder')}
            data-testid="intake-category"
            options={categories.top.map((item) => ({ value: item.code, label: categories.label(item) }))}
            onChange={() => form.setFieldValue('subcategory', undefined)}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="subcategory" label={t('case.subcategory')}>
          <Select
            allowClear
            disabled={children.length === 0}
            placeholder={children.length === 0 ? t('intake.noSubcategory') : t('intake.subcategoryPlaceholder')}
            options={children.map((item) => ({ value: item.code, label: categories.label(item) }))}
          />
        </Form.Item>
      </Col>
    </>
  );
}
