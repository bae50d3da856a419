// 选择专家（双向选择）on the filing form: experts fitting the chosen category and service
// mode as phone-sized cards; the resident picks up to the policy's number (or none).
// A form field of its own (`expertIds`), reading the category and mode from the form.
import { CheckOutlined } from '@ant-design/icons';
import { Button, Form, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { expertsApi, type ExpertServiceMode, type PortalExpert } from '../../api/experts';
import { portalApi, type PortalCategory } from '../../api/portal';
import { useLocale } from '../../i18n';
import { expertKindKey, expertModeKey, KIND_COLORS } from '../experts/expertLabels';
import './portal-experts.css';

interface PickerProps {
  value?: string[];
  onChange?: (ids: string[]) => void;
  category?: string;
  mode?: ExpertServiceMode;
}

function ExpertCards({ value = [], onChange, category, mode }: PickerProps) {
  const { t, locale } = useLocale();
  const [experts, setExperts] = useState<PortalExpert[]>([]);
  const [max, setMax] = useState(3);
  const [failed, setFailed] = useState(false);
  const [categories, setCategories] = useState<PortalCategory[]>([]);

  useEffect(() => {
    portalApi.categories().then((result) => setCategories(result.items), () => undefined);
  }, []);

  useEffect(() => {
    let live = true;
    expertsApi.portalList({ category, mode }).then(
      (result) => {
        if (!live) return;
        setFailed(false);
        setExperts(result.items);
        setMax(result.maxPick);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [category, mode]);

  // A pick that no longer fits the chosen category or mode is dropped.
  useEffect(() => {
    const fitting = value.filter((id) => experts.some((e) => e.id === id && e.available));
    if (fitting.length !== value.length && experts.length > 0) onChange?.(fitting);
  }, [experts, value, onChange]);

  const nameOf = (code: string) => {
    const c = categories.find((x) => x.code === code);
    return c ? (locale === 'en' ? c.nameEn || c.name : c.name) : code;
  };
  const toggle = (id: string) => onChange?.(value.includes(id) ? value.filter((x) => x !== id) : [...value, id]);

  return (
    <div data-testid="portal-expert-picker">
      <p className="portal-experts-lead">{t('portalExperts.lead', { max })}</p>
      {category || mode ? <p className="portal-experts-lead">{t('portalExperts.filterHint')}</p> : null}
      <div className="portal-experts-count" data-testid="portal-experts-count">
        {t('portalExperts.selected', { n: value.length, max })}
      </div>
      {failed ? <p className="portal-muted">{t('portalExperts.loadFailed')}</p> : null}
      {!failed && experts.length === 0 ? <p className="portal-muted">{t('portalExperts.empty')}</p> : null}
      <div className="portal-expert-list">
        {experts.map((e) => {
          const selected = value.includes(e.id);
          const full = !selected && value.length >= max;
          return (
            <div
              key={e.id}
              className={`portal-expert${selected ? ' is-selected' : ''}${e.available ? '' : ' is-unavailable'}`}
              data-testid="portal-expert-card"
              data-expert-id={e.id}
              data-selected={selected}
            >
              <div className="portal-expert-body">
                <div>
                  <span className="portal-expert-name">{e.name}</span>
                  <Tag color={KIND_COLORS[e.kind]}>{t(expertKindKey(e.kind))}</Tag>
                </div>
                <div className="portal-expert-meta">
                  {[e.organization, e.years !== null ? t('portalExperts.years', { years: e.years }) : null, e.serviceModes.map((m) => t(expertModeKey(m))).join(' / ')].filter(Boolean).join(' · ')}
                </div>
                <div className="portal-expert-meta">{e.specialties.map(nameOf).join(t('common.listSeparator'))}</div>
                {e.bio ? <div className="portal-expert-bio">{e.bio}</div> : null}
              </div>
              <div className="portal-expert-pick">
                {e.available ? (
                  <Button
                    type={selected ? 'primary' : 'default'}
                    icon={selected ? <CheckOutlined /> : undefined}
                    disabled={full}
                    title={full ? t('portalExperts.max', { max }) : undefined}
                    onClick={() => toggle(e.id)}
                    aria-pressed={selected}
                    data-testid={`portal-expert-select-${e.id}`}
                  >
                    {selected ? t('portalExperts.selectedTag') : t('portalExperts.select')}
                  </Button>
                ) : (
                  <Tag>{t('portalExperts.unavailable')}</Tag>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** The section of the filing form; its value is the form's `expertIds`. */
export function PortalExpertSection() {
  const { t } = useLocale();
  const form = Form.useFormInstance();
  const category = Form.useWatch('category', form) as string | undefined;
  const mode = Form.useWatch('serviceMode', form) as ExpertServiceMode | undefined;
  return (
    <section className="portal-card" data-testid="portal-experts">
      <h2>{t('portalExperts.section')}</h2>
      <Form.Item name="expertIds" initialValue={[]}>
        <ExpertCards category={category || undefined} mode={mode} />
      </Form.Item>
    </section>
  );
}
