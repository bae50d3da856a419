import { Modal } from 'antd';
import type { User } from '../../../api/types';
import { useT } from '../../../i18n';
import { UserForm, type UserFormProps } from './UserForm';

interface UserFormModalProps extends Omit<UserFormProps, 'onCancel'> {
  open: boolean;
  onClose: () => void;
}

export function UserFormModal({ open, user, onClose, onSaved, onConflict }: UserFormModalProps) {
  const t = useT();
  return (
    <Modal
      open={open}
      title={user ? t('users.editTitle', { name: user.displayName }) : t('users.createTitle')}
      onCancel={onClose}
      footer={null}
      width={640}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {open ? (
        <UserForm key={userKey(user)} user={user} onCancel={onClose} onSaved={onSaved} onConflict={onConflict} />
      ) : null}
    </Modal>
  );
}

function userKey(user: User | null): string {
  return user ? `${user.id}:${user.version}` : 'new';
}
