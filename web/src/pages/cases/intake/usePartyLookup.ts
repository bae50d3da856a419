// Debounced party lookup (POST /api/parties/lookup) while the clerk types a name or phone.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PartyMatch } from '../../../api/caseTypes';
import { casesApi } from '../../../api/cases';

const DEBOUNCE_MS = 350;

export function usePartyLookup(minLength: number) {
  const [matches, setMatches] = useState<PartyMatch[]>([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(0);

  const search = useCallback(
    (text: string) => {
      window.clearTimeout(timer.current);
      const q = text.trim();
      const ticket = ++latest.current;
      if (q.length < minLength) {
        setMatches([]);
        setLoading(false);
        return;
      }
      setLoading(true);
      timer.current = window.setTimeout(() => {
        casesApi
          .lookupParties(q)
          .then((result) => ticket === latest.current && setMatches(result.items))
          // A failed lookup only means no suggestions; typing goes on.
          .catch(() => ticket === latest.current && setMatches([]))
          .finally(() => ticket === latest.current && setLoading(false));
      }, DEBOUNCE_MS);
    },
    [minLength],
  );

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const clear = useCallback(() => {
    latest.current++;
    window.clearTimeout(timer.current);
    setMatches([]);
    setLoading(false);
  }, []);

  return { matches, loading, search, clear };
}
