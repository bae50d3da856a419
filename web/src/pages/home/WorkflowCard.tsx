// The closed loop the platform implements (explanatory, no figures).
import { Card, Steps } from 'antd';
import { useT, type MessageKey } from '../../i18n';

const STEPS: { title: MessageKey; description: MessageKey }[] = [
  { title: 'flow.register', description: 'flowDesc.register' },
  { title: 'flow.route', description: 'flowDesc.route' },
  { title: 'flow.accept', description: 'flowDesc.accept' },
  { title: 'flow.resolve', description: 'flowDesc.resolve' },
  { title: 'flow.feedback', description: 'flowDesc.feedback' },
  { title: 'flow.archive', description: 'flowDesc.archive' },
  { title: 'flow.followUp', description: 'flowDesc.followUp' },
];

export function WorkflowCard() {
  const t = useT();
  return (
    <Card title={t('home.workflow')} variant="borderless">
      <Steps
        size="small"
        current={-1}
        titlePlacement="vertical"
        responsive
        items={STEPS.map((step) => ({
          title: t(step.title),
          content: t(step.description),
          status: 'wait' as const,
        }))}
      />
    </Card>
  );
}
