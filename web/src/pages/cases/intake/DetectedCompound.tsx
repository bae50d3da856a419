// Under the address of the intake form: the residential compound (小区) the address names,
// as the server will record it (POST /api/compounds/detect, debounced, quiet on failure).
import { Form, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { massDisputeApi } from '../../../api/massDispute';
import { useT } from '../../../i18n';
import type { IntakeValues } from './intakeForm';

const DEBOUNCE_MS = 400;

export function DetectedCompound() {
  const t = useT();
  const form = Form.useFormInstance<IntakeValues>();
  const address = (Form.useWatch('address', form) ?? '').trim();
  const gridId = Form.useWatch('grid', form)?.value || undefined;
  const [found, setFound] = useState<{ address: string; name: string | null } | null>(null);

  useEffect(() => {
    if ([...address].length < 2) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      massDisputeApi
        .detectCompound(address, gridId, controller.signal)
        .then((r) => setFound({ address, name: r.compound?.name ?? null }))
        .catch(() => undefined);
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [address, gridId]);

  if (!found || found.address !== address || [...address].length < 2) return null;
  return (
    <Typography.Text type={found.name ? 'success' : 'secondary'} style={{ fontSize: 12 }} data-testid="intake-compound">
      {found.name ? t('massDispute.compoundDetected', { name: found.name }) : t('massDispute.compoundNone')}
    </Typography.Text>
  );
}
