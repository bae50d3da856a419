import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '../../../src/domain/calendar/working-calendar.js';
import { parseSlot, slotProblems, sortSlots } from '../../../src/domain/reception/slots.js';

describe('reception slots', () => {
  it('parses HH:MM-HH:MM into minutes of the day', () => {
    expect(parseSlot('09:00-10:00')).toEqual({ label: '09:00-10:00', start: 540, end: 600 });
    expect(parseSlot('14:30-15:30')).toEqual({ label: '14:30-15:30', start: 870, end: 930 });
    expect(parseSlot('23:00-24:00')?.end).toBe(1440);
  });

  it('refuses malformed slots and slots that do not start before they end', () => {
    for (const bad of ['9:00-10:00', '09:00–10:00', '09:00 - 10:00', '09:60-10:00', '25:00-26:00', '10:00-10:00', '11:00-10:00', '24:30-24:45', '', 'morning']) {
      expect(parseSlot(bad), bad).toBeNull();
    }
  });

  it('names the slot at fault: format, outside office hours, overlapping an earlier one', () => {
    const problems = slotProblems(['09:00-10:00', '09:30-10:30', '08:00-09:00', 'abc', '17:00-18:00', '10:00-11:00', '09:00-10:00'], DEFAULT_OFFICE_HOURS);
    expect(Object.fromEntries(problems)).toEqual({ 1: 'overlap', 2: 'hours', 3: 'format', 4: 'hours', 6: 'overlap' });
  });

  it('accepts slots that only touch, up to the exact opening and closing times', () => {
    expect(slotProblems(['08:30-09:30', '09:30-10:30', '16:30-17:30'], DEFAULT_OFFICE_HOURS).size).toBe(0);
  });

  it('sorts slots by the time of day', () => {
    expect(sortSlots(['14:30-15:30', '09:00-10:00', '10:00-11:00'])).toEqual(['09:00-10:00', '10:00-11:00', '14:30-15:30']);
  });
});
