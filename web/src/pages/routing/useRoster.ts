// One unit's roster for a range: the server's copy, the edited ticks, save with the version read.
import { App } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isApiError } from '../../api/client';
import { staffingApi, type Roster } from '../../api/staffing';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';

export const cellKey = (userId: string, date: string) => `${userId}|${date}`;

const ticksOf = (roster: Roster) => new Set(roster.shifts.map((s) => cellKey(s.userId, s.date)));

export function useRoster(unitId: string | undefined, from: string, to: string) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [roster, setRoster] = useState<Roster | null>(null);
  const [ticks, setTicks] = useState<Set<string>>(new Set());
  const [loading, setLoading] = useState(false);
  const [saving, setSaving] = useState(false);
  const controllerRef = useRef<AbortController | null>(null);

  const load = useCallback(async () => {
    if (!unitId) return;
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    setLoading(true);
    try {
      const next = await staffingApi.roster(unitId, from, to, controller.signal);
      setRoster(next);
      setTicks(ticksOf(next));
    } catch (error) {
      notify(error);
    } finally {
      if (!controller.signal.aborted) setLoading(false);
    }
  }, [unitId, from, to, notify]);

  useEffect(() => {
    void load();
    return () => controllerRef.current?.abort();
  }, [load]);

  const dirty = useMemo(() => {
    if (!roster) return false;
    const saved = ticksOf(roster);
    return saved.size !== ticks.size || [...ticks].some((k) => !saved.has(k));
  }, [roster, ticks]);

  const toggle = (userId: string, date: string, on: boolean) =>
    setTicks((prev) => {
      const next = new Set(prev);
      if (on) next.add(cellKey(userId, date));
      else next.delete(cellKey(userId, date));
      return next;
    });

  /** Fills the shown week with last week's shifts, weekday by weekday. */
  const copyLastWeek = async () => {
    if (!unitId || !roster) return;
    const shiftDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    const previousFrom = new Date(Date.parse(`${from}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
    try {
      const last = await staffingApi.roster(unitId, previousFrom, new Date(Date.parse(`${from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10));
      const handlers = new Set(roster.handlers.map((h) => h.userId));
      // A shift moves a week on only between days of the same kind: not onto a holiday, not off a 调休 Saturday.
      const working = new Map([...last.days, ...roster.days].map((d) => [d.date, d.workingDay]));
      const copied = last.shifts
        .filter((s) => handlers.has(s.userId) && working.get(s.date) === working.get(shiftDate(s.date)))
        .map((s) => cellKey(s.userId, shiftDate(s.date)));
      if (copied.length === 0) {
        void message.info(t('rosters.nothingToCopy'));
        return;
      }
      setTicks(new Set(copied));
      void message.success(t('rosters.copied'));
    } catch (error) {
      notify(error);
    }
  };

  const save = async () => {
    if (!unitId || !roster) return;
    const notes = new Map(roster.shifts.map((s) => [cellKey(s.userId, s.date), s.note]));
    const shifts = [...ticks].map((k) => {
      const [userId, date] = k.split('|') as [string, string];
      return { userId, date, note: notes.get(k) ?? null };
    });
    setSaving(true);
    try {
      const saved = await staffingApi.saveRoster(unitId, { from, to, version: roster.version, shifts });
      setRoster(saved);
      setTicks(ticksOf(saved));
      void message.success(t('rosters.saved'));
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        void message.warning(t('rosters.conflict'));
        await load();
      } else if (isApiError(error) && Object.keys(error.fields).length > 0) {
        void message.error(Object.values(error.fields).join('；'));
      } else {
        notify(error);
      }
    } finally {
      setSaving(false);
    }
  };

  const discard = () => roster && setTicks(ticksOf(roster));

  return { roster, ticks, loading, saving, dirty, toggle, copyLastWeek, save, discard, reload: load };
}
