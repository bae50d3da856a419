// A text input that offers matching existing parties while typing (name or phone);
// picking one links the row to that party instead of registering a duplicate.
import { AutoComplete, Input, Spin, Typography } from 'antd';
import type { PartyMatch } from '../../../api/caseTypes';
import { useT } from '../../../i18n';
import { partyKindKey } from '../shared/caseLabels';
import { usePartyLookup } from './usePartyLookup';

interface PartyLookupInputProps {
  value?: string;
  onChange?: (value: string) => void;
  onPick: (match: PartyMatch) => void;
  minLength: number;
  placeholder?: string;
  maxLength?: number;
  autoFocus?: boolean;
  id?: string;
  'data-testid'?: string;
}

export function PartyLookupInput({ value, onChange, onPick, minLength, placeholder, maxLength, autoFocus, id, ...rest }: PartyLookupInputProps) {
  const t = useT();
  const { matches, loading, search, clear } = usePartyLookup(minLength);

  const options = matches.map((match) => ({
    value: match.partyId,
    label: (
      <div style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.4, padding: '2px 0' }}>
        <span>
          <Typography.Text strong>{match.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
            {t(partyKindKey(match.kind))}
          </Typography.Text>
        </span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[match.idNumber ?? match.uscc, match.phone].filter(Boolean).join(' · ')}
          {match.caseCount > 0 ? ` · ${t('intake.lookupCaseCount', { count: match.caseCount })}` : ''}
        </Typography.Text>
      </div>
    ),
  }));

  return (
    <AutoComplete
      value={value}
      options={options}
      defaultActiveFirstOption={false}
      popupMatchSelectWidth={320}
      showSearch={{ filterOption: false, onSearch: search }}
      notFoundContent={loading ? <Spin size="small" /> : null}
      onChange={(next: string) => {
        // Selecting an option reports its value (the partyId): handled by onSelect.
        if (!matches.some((match) => match.partyId === next)) onChange?.(next);
      }}
      onSelect={(partyId: string) => {
        const match = matches.find((candidate) => candidate.partyId === partyId);
        if (match) onPick(match);
        clear();
      }}
    >
      <Input id={id} placeholder={placeholder} maxLength={maxLength} autoFocus={autoFocus} data-testid={rest['data-testid']} autoComplete="off" />
    </AutoComplete>
  );
}
