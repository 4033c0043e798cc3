import type { ReactNode } from "react";

// The real root layout is app/[locale]/layout.tsx, which knows the language; this one only
// exists because app/not-found.tsx needs a parent.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
