// A faint hexagon lattice: the grid (网格) that the platform is organised by.
export function LoginBackdrop() {
  return (
    <svg className="login-pattern" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="login-hex" width="56" height="100" patternUnits="userSpaceOnUse">
          <path
            d="M28 66 0 50V16L28 0l28 16v34L28 66zm0 0v34"
            fill="none"
            stroke="rgba(255,255,255,0.055)"
            strokeWidth="1"
          />
        </pattern>
        <linearGradient id="login-fade" x1="0" y1="0" x2="1" y2="0">
          <stop offset="0" stopColor="#fff" stopOpacity="0.25" />
          <stop offset="0.6" stopColor="#fff" stopOpacity="1" />
          <stop offset="1" stopColor="#fff" stopOpacity="0.6" />
        </linearGradient>
        <mask id="login-mask">
          <rect width="100%" height="100%" fill="url(#login-fade)" />
        </mask>
      </defs>
      <rect width="100%" height="100%" fill="url(#login-hex)" mask="url(#login-mask)" />
    </svg>
  );
}
