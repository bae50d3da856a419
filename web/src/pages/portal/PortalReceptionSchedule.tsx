// The coming weeks' reception days on a phone: one card per day with its theme and host,
// and a button per slot showing the places left.
import { Button, Tag } from 'antd';
import { useState } from 'react';
import dayjs from 'dayjs';
import type { PublicCalendar, ReceptionDay, SlotState } from '../../api/reception';
import { useLocale } from '../../i18n';
import { THEME_COLORS, themeLabel, weekdayLabel } from '../reception/themeStyle';

export interface ChosenSlot {
  centerId: string;
  centerName: string;
  day: ReceptionDay;
  slot: SlotState;
}

export function dayText(locale: string, date: string): string {
  return dayjs(date).format(locale === 'en' ? 'MMM D' : 'M月D日');
}

/** Days shown at first, and added per "more": a phone screen is short. */
const PAGE = 8;

export function PortalReceptionSchedule({ calendar, onChoose }: { calendar: PublicCalendar; onChoose: (chosen: ChosenSlot) => void }) {
  const { t, locale } = useLocale();
  const [limit, setLimit] = useState(PAGE);
  return (
    <>
      {calendar.centers.map(({ center, days }) => {
        // Themed days, and the weekdays a holiday takes off (so that a missing day is explained).
        const shown = days.filter((d) => d.theme || (d.dayName && !d.working && d.weekday <= 5));
        return (
          <section key={center.id} className="portal-section" data-testid="portal-reception-center">
            {calendar.centers.length > 1 ? <h2>{center.name}</h2> : null}
            {shown.length === 0 ? <p className="portal-muted">{t('portalReception.empty')}</p> : null}
            <ol className="portal-reception-days">
              {shown.slice(0, limit).map((day) => (
                <li key={day.date} className="portal-reception-day" data-testid={`portal-reception-day-${day.date}`}>
                  <div className="portal-reception-day-head">
                    <strong>
                      {dayText(locale, day.date)} {weekdayLabel(t, day.weekday)}
                    </strong>
                    {day.theme ? <Tag color={THEME_COLORS[day.theme]}>{themeLabel(t, day.theme)}</Tag> : null}
                  </div>
                  {day.theme ? (
                    <>
                      {day.hostUnitName ? <div className="portal-muted">{day.hostUnitName}</div> : null}
                      <div className="portal-reception-slots">
                        {day.slots.map((slot) => (
                          <button
                            key={slot.slot}
                            type="button"
                            className="portal-reception-slot"
                            disabled={!slot.bookable}
                            onClick={() => onChoose({ centerId: center.id, centerName: center.name, day, slot })}
                            data-testid={`portal-slot-${day.date}-${slot.slot}`}
                          >
                            <span className="portal-reception-slot-time">{slot.slot}</span>
                            <span className="portal-reception-slot-left">
                              {slot.bookable ? t('portalReception.left', { n: slot.remaining }) : slot.remaining === 0 ? t('portalReception.full') : t('portalReception.closed')}
                            </span>
                          </button>
                        ))}
                      </div>
                    </>
                  ) : (
                    <div className="portal-muted">{t('portalReception.holiday', { name: day.dayName ?? '' })}</div>
                  )}
                </li>
              ))}
            </ol>
            {shown.length > limit ? (
              <Button block size="large" type="link" onClick={() => setLimit((n) => n + PAGE)} data-testid="portal-reception-more">
                {t('portalReception.more')}
              </Button>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
