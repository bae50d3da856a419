// A year at a glance: twelve small months; holidays in red (休), make-up workdays in
// blue (班), ordinary weekends greyed. Clicking a day edits it.
import dayjs from 'dayjs';
import type { CalendarDay } from '../../../api/settings';
import { useT, type MessageKey } from '../../../i18n';

const WEEKDAY_KEYS: readonly MessageKey[] = ['weekday.1', 'weekday.2', 'weekday.3', 'weekday.4', 'weekday.5', 'weekday.6', 'weekday.7'];

interface YearGridProps {
  year: number;
  days: ReadonlyMap<string, CalendarDay>;
  onPick: (date: string) => void;
}

function Month({ year, month, days, onPick }: YearGridProps & { month: number }) {
  const t = useT();
  const first = dayjs(new Date(year, month, 1));
  // Monday-first offset of the 1st.
  const offset = (first.day() + 6) % 7;
  const cells: (string | null)[] = [...Array<null>(offset).fill(null)];
  for (let d = 1; d <= first.daysInMonth(); d++) cells.push(first.date(d).format('YYYY-MM-DD'));

  return (
    <div className="cal-month">
      <div className="cal-month-title">{first.format(t('calendar.monthFormat'))}</div>
      <div className="cal-grid">
        {WEEKDAY_KEYS.map((key) => (
          <div key={key} className="cal-head">
            {t(key).slice(-1)}
          </div>
        ))}
        {cells.map((date, index) => {
          if (!date) return <div key={`blank-${index}`} />;
          const override = days.get(date);
          const weekend = index % 7 >= 5;
          const className = override ? `cal-day is-${override.kind}` : weekend ? 'cal-day is-weekend' : 'cal-day';
          return (
            <button
              type="button"
              key={date}
              className={className}
              title={override ? `${date} ${override.name}` : date}
              onClick={() => onPick(date)}
              data-date={date}
            >
              {Number(date.slice(8))}
              {override ? <span className="cal-mark">{override.kind === 'holiday' ? t('calendar.markHoliday') : t('calendar.markWorkday')}</span> : null}
            </button>
          );
        })}
      </div>
    </div>
  );
}

export function YearGrid(props: YearGridProps) {
  return (
    <div className="cal-year">
      {Array.from({ length: 12 }, (_, month) => (
        <Month key={month} month={month} {...props} />
      ))}
    </div>
  );
}
