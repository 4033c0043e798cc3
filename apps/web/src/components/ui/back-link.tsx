import type { ComponentProps } from "react";
import { Link } from "@/i18n/navigation";

/** A link back to where the reader came from; the arrow points back in either direction. */
export function BackLink({
  href,
  children,
}: {
  href: ComponentProps<typeof Link>["href"];
  children: string;
}) {
  return (
    <Link href={href} className="text-sm font-medium text-brand-700 hover:underline">
      <span aria-hidden className="inline-block rtl:rotate-180">
        ←
      </span>{" "}
      {children}
    </Link>
  );
}
