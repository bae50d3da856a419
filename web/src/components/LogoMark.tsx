// The Concord emblem: a shield holding two interlocking rings (two parties, one accord).
import { useId } from 'react';

export function LogoMark({ size = 36 }: { size?: number }) {
  const id = useId();
  const fill = `${id}-fill`;
  const shine = `${id}-shine`;
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id={fill} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#3a78cf" />
          <stop offset="1" stopColor="#163a6b" />
        </linearGradient>
        <linearGradient id={shine} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#ffffff" stopOpacity="0.28" />
          <stop offset="1" stopColor="#ffffff" stopOpacity="0" />
        </linearGradient>
      </defs>
      <path d="M32 3 56 12v18c0 15.5-10.2 26.6-24 31C18.2 56.6 8 45.5 8 30V12z" fill={`url(#${fill})`} />
      <path d="M32 3 56 12v10H8V12z" fill={`url(#${shine})`} />
      <path
        d="M32 3 56 12v18c0 15.5-10.2 26.6-24 31C18.2 56.6 8 45.5 8 30V12z"
        fill="none"
        stroke="#e3b65b"
        strokeWidth="2"
      />
      <circle cx="26" cy="32" r="10" fill="none" stroke="#e3b65b" strokeWidth="4" />
      <circle cx="38" cy="32" r="10" fill="none" stroke="#ffffff" strokeWidth="4" />
      <path d="M27.74 22.15A10 10 0 0 1 34.66 27" fill="none" stroke="#e3b65b" strokeWidth="4" />
    </svg>
  );
}
