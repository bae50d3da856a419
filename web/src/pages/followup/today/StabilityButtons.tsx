// 稳定 / 不稳定 / 恶化 as three big buttons (a form control: value + onChange), easy to hit with a thumb.
import { CheckCircleFilled, ExclamationCircleFilled, WarningFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { STABILITIES, type Stability } from '../../../api/followup';
import { useT } from '../../../i18n';
import { stabilityKey } from '../labels';

const ICONS: Record<Stability, ReactNode> = {
  stable: <CheckCircleFilled />,
  unstable: <ExclamationCircleFilled />,
  worsened: <WarningFilled />,
};

interface Props {
  value?: Stability;
  onChange?: (value: Stability) => void;
  id?: string;
}

export function StabilityButtons({ value, onChange, id }: Props) {
  const t = useT();
  return (
    <div className="m-stability" role="radiogroup" id={id}>
      {STABILITIES.map((s) => (
        <button
          key={s}
          type="button"
          role="radio"
          aria-checked={value === s}
          className={`m-stability-btn is-${s}${value === s ? ' is-selected' : ''}`}
          data-testid={`visit-stability-${s}`}
          onClick={() => onChange?.(s)}
        >
          <span className="m-stability-icon">{ICONS[s]}</span>
          {t(stabilityKey(s))}
        </button>
      ))}
    </div>
  );
}
