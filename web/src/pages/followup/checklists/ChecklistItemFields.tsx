// One 风险项 of the checklist editor: its code and names, then its answers (code, names,
// weight, the level it sets at least), with moving and removing. Lives inside the
// editor's Form.List "items", so its fields are items.<n>.… as the API names them.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Tooltip, Typography, type FormListFieldData, type FormRule } from 'antd';
import { memo } from 'react';
import { type MessageKey, useT } from '../../../i18n';
import { levelKey } from '../riskLevel';
import type { AnswerDraft, ItemDraft } from './checklistDraft';

/** The server's limit of answers per item. */
const MAX_ANSWERS = 10;
/** A new answer row: nothing filled in but a weight of 0. */
const blankAnswer = (): AnswerDraft => ({ weight: 0 });
/** Every item has a "nothing found" answer: a new item starts with it and one blank answer. */
export const newItem = (): ItemDraft => ({ answers: [{ code: 'no', label: { zh: '无', en: 'No' }, weight: 0 }, blankAnswer()] });

type Path = (string | number)[];

interface Props {
  field: FormListFieldData;
  index: number;
  last: boolean;
  narrow: boolean;
  /** built on Form.List's operations, which act on the latest list whichever render made them */
  onMove: (to: number) => void;
  onRemove: () => void;
}

/**
 * Memoised on what it shows: adding, moving or removing one item re-renders only the
 * items whose place changed, not all fifty of them (the callbacks need no comparing,
 * see Props).
 */
export const ChecklistItemFields = memo(
  ItemFields,
  (a, b) => a.field.key === b.field.key && a.field.name === b.field.name && a.index === b.index && a.last === b.last && a.narrow === b.narrow,
);

function ItemFields({ field, index, last, narrow, onMove, onRemove }: Props) {
  const t = useT();
  const required = (label: MessageKey): FormRule => ({ required: true, whitespace: true, message: t('checklists.required', { field: t(label) }) });
  /** the code must differ from the codes of the other rows of `list` (the items, or one item's answers) */
  const unique =
    (list: Path): FormRule =>
    ({ getFieldValue }) => ({
      validator: async (_rule, value: string | undefined) => {
        const code = value?.trim();
        const rows = (getFieldValue(list) ?? []) as { code?: string }[];
        if (code && rows.filter((r) => r?.code?.trim() === code).length > 1) throw new Error(t('checklists.duplicateCode'));
      },
    });
  const answersPath: Path = ['items', field.name, 'answers'];
  const prefix = `checklist-item-${index}`;

  return (
    <Card
      size="small"
      id={prefix}
      data-testid={prefix}
      title={t('checklists.itemTitle', { index: index + 1 })}
      extra={
        <Space size={0}>
          <Tooltip title={t('checklists.moveUp')}>
            <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={t('checklists.moveUp')} data-testid={`${prefix}-up`} />
          </Tooltip>
          <Tooltip title={t('checklists.moveDown')}>
            <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={last} onClick={() => onMove(index + 1)} aria-label={t('checklists.moveDown')} data-testid={`${prefix}-down`} />
          </Tooltip>
          <Tooltip title={t('checklists.removeItem')}>
            <Button type="text" size="small" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('checklists.removeItem')} data-testid={`${prefix}-remove`} />
          </Tooltip>
        </Space>
      }
    >
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item name={[field.name, 'code']} label={t('checklists.code')} tooltip={t('checklists.codeHint')} rules={[required('checklists.code'), unique(['items'])]}>
            <Input maxLength={40} autoComplete="off" data-testid={`${prefix}-code`} />
          </Form.Item>
        </Col>
        <Col xs={24} md={9}>
          <Form.Item name={[field.name, 'label', 'zh']} label={t('checklists.labelZh')} rules={[required('checklists.labelZh')]}>
            <Input maxLength={100} data-testid={`${prefix}-zh`} />
          </Form.Item>
        </Col>
        <Col xs={24} md={9}>
          <Form.Item name={[field.name, 'label', 'en']} label={t('checklists.labelEn')} rules={[required('checklists.labelEn')]}>
            <Input maxLength={160} data-testid={`${prefix}-en`} />
          </Form.Item>
        </Col>
      </Row>
      <Form.List
        name={[field.name, 'answers']}
        rules={[
          {
            validator: async (_rule, answers: unknown[] | undefined) => {
              if ((answers?.length ?? 0) < 2) throw new Error(t('checklists.minAnswers'));
            },
          },
        ]}
      >
        {(answers, { add, remove }, { errors }) => (
          <div data-testid={`${prefix}-answers`}>
            {narrow ? null : (
              <Row gutter={8} style={{ marginBottom: 4 }}>
                {(
                  [
                    [4, 'checklists.code'],
                    [6, 'checklists.answerZh'],
                    [5, 'checklists.answerEn'],
                    [3, 'checklists.weight'],
                    [4, 'checklists.floor'],
                  ] as const
                ).map(([span, key]) => (
                  <Col span={span} key={key}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t(key)}
                      {key === 'checklists.floor' ? (
                        <Tooltip title={t('checklists.floorHint')}>
                          <QuestionCircleOutlined style={{ marginLeft: 4, cursor: 'help' }} aria-label={t('checklists.floorHint')} />
                        </Tooltip>
                      ) : null}
                    </Typography.Text>
                  </Col>
                ))}
              </Row>
            )}
            {answers.map((answer, j) => {
              const id = `${prefix}-answer-${j}`;
              return (
                <Row gutter={8} key={answer.key} data-testid={id}>
                  <Col xs={12} md={4}>
                    <Form.Item name={[answer.name, 'code']} rules={[required('checklists.code'), unique(answersPath)]}>
                      <Input maxLength={40} autoComplete="off" placeholder={t('checklists.code')} aria-label={t('checklists.code')} data-testid={`${id}-code`} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name={[answer.name, 'label', 'zh']} rules={[required('checklists.answerZh')]}>
                      <Input maxLength={100} placeholder={t('checklists.answerZh')} aria-label={t('checklists.answerZh')} data-testid={`${id}-zh`} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={5}>
                    <Form.Item name={[answer.name, 'label', 'en']} rules={[required('checklists.answerEn')]}>
                      <Input maxLength={160} placeholder={t('checklists.answerEn')} aria-label={t('checklists.answerEn')} data-testid={`${id}-en`} />
                    </Form.Item>
                  </Col>
                  <Col xs={5} md={3}>
                    <Form.Item name={[answer.name, 'weight']} rules={[{ required: true, message: t('checklists.required', { field: t('checklists.weight') }) }]}>
                      <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} aria-label={t('checklists.weight')} data-testid={`${id}-weight`} />
                    </Form.Item>
                  </Col>
                  <Col xs={5} md={4}>
                    <Form.Item name={[answer.name, 'floor']}>
                      <Select
                        allowClear
                        placeholder={t('checklists.floorNone')}
                        aria-label={t('checklists.floor')}
                        options={(['medium', 'high'] as const).map((level) => ({ value: level, label: t(levelKey(level)) }))}
                        data-testid={`${id}-floor`}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={2} md={2}>
                    <Tooltip title={t('checklists.removeAnswer')}>
                      <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(answer.name)} aria-label={t('checklists.removeAnswer')} data-testid={`${id}-remove`} />
                    </Tooltip>
                  </Col>
                </Row>
              );
            })}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add(blankAnswer())} disabled={answers.length >= MAX_ANSWERS} data-testid={`${prefix}-add-answer`}>
              {t('checklists.addAnswer')}
            </Button>
          </div>
        )}
      </Form.List>
    </Card>
  );
}
