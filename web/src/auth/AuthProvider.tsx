// Loads the session on start, exposes login/logout, and sends the user back to the
// login page (remembering where they were) when the API answers 401.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { authApi } from '../api/auth';
import { isApiError, onUnauthorized, setCsrfToken } from '../api/client';
import type { Me } from '../api/types';
import { isPublicPath, LOGIN_ROUTE, type LoginRedirectState } from './constants';
import { AuthContext, type AuthContextValue, type AuthStatus } from './context';

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus>('loading');
  const [user, setUser] = useState<Me | null>(null);
  const navigate = useNavigate();
  const location = useLocation();
  const locationRef = useRef(location);
  useEffect(() => {
    locationRef.current = location;
  }, [location]);

  // Any 401 (except a failed login) ends the session in the UI.
  useEffect(() => {
    onUnauthorized(() => {
      setCsrfToken(null);
      setUser(null);
      setStatus('anonymous');
      const current = locationRef.current;
      if (current.pathname === LOGIN_ROUTE || isPublicPath(current.pathname)) return;
      const state: LoginRedirectState = { from: current.pathname + current.search + current.hash };
      navigate(LOGIN_ROUTE, { replace: true, state });
    });
    return () => onUnauthorized(null);
  }, [navigate]);

  useEffect(() => {
    let cancelled = false;
    authApi
      .me()
      .then(({ csrfToken, ...me }) => {
        if (cancelled) return;
        setCsrfToken(csrfToken);
        setUser(me);
        setStatus('authenticated');
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        // 401 means "not signed in"; other failures also leave us signed out, and the
        // login page then reports the problem on the next attempt.
        if (!isApiError(error) || error.status !== 401) console.warn('GET /api/auth/me failed', error);
        setUser(null);
        setStatus('anonymous');
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const response = await authApi.login(username, password);
    setCsrfToken(response.csrfToken);
    setUser(response.user);
    setStatus('authenticated');
    return response.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } catch (error) {
      // The session ends on this side regardless; a failed call is only logged.
      console.warn('POST /api/auth/logout failed', error);
    }
    setCsrfToken(null);
    setUser(null);
    setStatus('anonymous');
    navigate(LOGIN_ROUTE, { replace: true });
  }, [navigate]);

  const value = useMemo<AuthContextValue>(
    () => ({ status, user, login, logout }),
    [status, user, login, logout],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
