export function Logo() {
  return (
    <span className="flex items-center gap-2 text-lg font-semibold text-slate-900">
      <svg
        viewBox="0 0 24 24"
        className="text-brand-700 size-7"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M12 2v20" strokeLinecap="round" />
        <path d="M12 5h7l2 2.5L19 10h-7z" fill="currentColor" fillOpacity="0.15" strokeLinejoin="round" />
        <path d="M12 12H5l-2 2.5L5 17h7z" fill="currentColor" fillOpacity="0.15" strokeLinejoin="round" />
      </svg>
      Wegweiser
    </span>
  );
}
