// The sign-in card: username, password, API error (401) and lock-out notice (429).
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client';
import { useAuth } from '../../auth';
import { applyFieldErrors } from '../../components/formErrors';
import { useT } from '../../i18n';

interface LoginValues {
  username: string;
  password: string;
}

type Failure = { kind: 'locked' | 'error'; message: string };

export function LoginForm() {
  const t = useT();
  const { login } = useAuth();
  const [form] = Form.useForm<LoginValues>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const submit = async (values: LoginValues) => {
    setSubmitting(true);
    setFailure(null);
    try {
      // On success the login route redirects to the page the user wanted.
      await login(values.username.trim(), values.password);
    } catch (error) {
      if (isApiError(error)) {
        const locked = error.status === 429 || error.code === 'locked';
        const unmatched = applyFieldErrors(form, error, ['username', 'password']);
        if (locked || Object.keys(error.fields).length === 0 || unmatched.length > 0) {
          setFailure({ kind: locked ? 'locked' : 'error', message: error.message });
        }
        if (!locked) form.setFieldValue('password', '');
      } else {
        setFailure({ kind: 'error', message: t('error.unexpected') });
      }
      setSubmitting(false);
    }
  };

  return (
    <div className="login-card">
      <div className="login-card-product">
        <strong>{t('app.name')}</strong>
        <span>{t('app.tagline')}</span>
      </div>
      <h2 className="login-card-title">{t('login.title')}</h2>
      <p className="login-card-subtitle">{t('login.subtitle')}</p>
      {failure ? (
        <Alert
          showIcon
          type={failure.kind === 'locked' ? 'warning' : 'error'}
          title={failure.kind === 'locked' ? t('login.lockedTitle') : failure.message}
          description={failure.kind === 'locked' ? `${failure.message} ${t('login.lockedHint')}` : undefined}
          style={{ marginBottom: 20 }}
          role="alert"
          data-testid="login-error"
        />
      ) : null}
      <Form<LoginValues>
        form={form}
        layout="vertical"
        size="large"
        requiredMark={false}
        onFinish={submit}
        onValuesChange={() => failure?.kind === 'error' && setFailure(null)}
        autoComplete="on"
      >
        <Form.Item name="username" rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
          <Input
            prefix={<UserOutlined style={{ color: '#8c96a5' }} />}
            placeholder={t('login.username')}
            autoComplete="username"
            autoFocus
            data-testid="login-username"
            aria-label={t('login.username')}
          />
        </Form.Item>
        <Form.Item name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
          <Input.Password
            prefix={<LockOutlined style={{ color: '#8c96a5' }} />}
            placeholder={t('login.password')}
            autoComplete="current-password"
            data-testid="login-password"
            aria-label={t('login.password')}
          />
        </Form.Item>
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form.Item>
      </Form>
      <div className="login-card-hint">{t('login.hint')}</div>
      <div className="login-card-portal">
        <Link to="/portal" data-testid="login-portal-link">
          {t('login.portalLink')}
        </Link>
      </div>
    </div>
  );
}
