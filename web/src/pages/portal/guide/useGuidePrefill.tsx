// The filing form, reached from the guide (/portal/new?category=labour&guide=labour.wages):
// preselects the category, starts the account with the leaf's summary and suggests the
// service mode — only into fields the resident has not touched — and says so.
import { Alert, type FormInstance } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type GuideLeaf, guideApi } from '../../../api/guide';
import type { PortalCategory } from '../../../api/portal';
import { useLocale } from '../../../i18n';
import type { PortalFileValues } from '../portalForm';
import { CATEGORY_PARAM, GUIDE_PARAM } from './guideTrail';

export function useGuidePrefill(form: FormInstance<PortalFileValues>, categories: PortalCategory[]): ReactNode {
  const { t, locale } = useLocale();
  const [params] = useSearchParams();
  const code = params.get(CATEGORY_PARAM);
  const guideId = params.get(GUIDE_PARAM);
  const [leaf, setLeaf] = useState<GuideLeaf | null>(null);
  const applied = useRef({ category: false, leaf: false });

  useEffect(() => {
    if (!guideId) return;
    let active = true;
    guideApi.leaf(guideId).then(
      (result) => active && setLeaf(result),
      () => undefined, // a stale link still preselects the category
    );
    return () => {
      active = false;
    };
  }, [guideId]);

  // Only a category the portal offers; anything else in the URL is ignored.
  const category = code ? categories.find((c) => c.code === code) : undefined;

  useEffect(() => {
    if (!category || applied.current.category) return;
    applied.current.category = true;
    if (!form.isFieldTouched('category')) form.setFieldValue('category', category.code);
  }, [category, form]);

  useEffect(() => {
    if (!leaf || applied.current.leaf) return;
    applied.current.leaf = true;
    const description = form.getFieldValue('description') as string | undefined;
    if (leaf.prefill && !description?.trim()) form.setFieldValue('description', `${leaf.prefill}\n`);
    if (!form.isFieldTouched('serviceMode')) form.setFieldValue('serviceMode', leaf.serviceMode);
  }, [leaf, form]);

  if (!category) return null;
  const name = locale === 'en' ? category.nameEn || category.name : category.name;
  return (
    <Alert
      type="info"
      showIcon
      className="portal-guide-prefilled"
      style={{ marginBottom: 16 }}
      title={t('guide.prefilled', { category: name })}
      description={guideId ? <Link to={`/portal/guide?to=${encodeURIComponent(guideId)}`}>{t('guide.prefilledBack')}</Link> : null}
      data-testid="portal-guide-prefilled"
    />
  );
}
