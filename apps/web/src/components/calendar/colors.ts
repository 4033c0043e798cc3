/** Text colour that stays readable on a category colour (#rrggbb): dark on light, white on dark. */
export function textColorOn(background: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(background.slice(at, at + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  // Whichever of the two has the higher WCAG contrast ratio (slate-900 has a luminance of about 0.009).
  return (luminance + 0.05) / 0.059 > 1.05 / (luminance + 0.05) ? "#0f172a" : "#ffffff";
}

/** Events without a category. */
export const uncategorisedColor = "#64748b";
