// One question: large tappable cards, one per answer.
import {
  HomeOutlined,
  KeyOutlined,
  QuestionCircleOutlined,
  RightOutlined,
  ShopOutlined,
  ShoppingCartOutlined,
  TeamOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import type { GuideQuestion } from '../../../api/guide';
import { useT } from '../../../i18n';

/** Icons for the first question's answers (the dispute types); deeper answers need none. */
const TYPE_ICONS: Record<string, ReactNode> = {
  family: <TeamOutlined />,
  neighbour: <HomeOutlined />,
  property: <ShopOutlined />,
  tenancy: <KeyOutlined />,
  labour: <ToolOutlined />,
  consumer: <ShoppingCartOutlined />,
  'other.general': <QuestionCircleOutlined />,
};

export function GuideQuestionStep({ question, step, onAnswer }: { question: GuideQuestion; step: number; onAnswer: (next: string) => void }) {
  const t = useT();
  return (
    <section className="guide-question" data-testid="guide-question" data-node={question.id}>
      <div className="guide-step">{t('guide.stepOf', { n: step })}</div>
      <h2 className="guide-question-title">{question.title}</h2>
      {question.hint ? <p className="guide-question-hint">{question.hint}</p> : null}
      <div className="guide-answers">
        {question.answers.map((answer) => (
          <Button key={answer.next} block className="guide-answer" onClick={() => onAnswer(answer.next)} data-testid={`guide-answer-${answer.next}`}>
            {TYPE_ICONS[answer.next] ? <span className="guide-answer-icon">{TYPE_ICONS[answer.next]}</span> : null}
            <span className="guide-answer-text">
              <strong>{answer.label}</strong>
              {answer.hint ? <small>{answer.hint}</small> : null}
            </span>
            <RightOutlined className="guide-answer-arrow" />
          </Button>
        ))}
      </div>
    </section>
  );
}
