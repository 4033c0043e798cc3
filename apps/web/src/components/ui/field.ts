/** Text inputs and selects; a field marked aria-invalid gets a red border. */
export const inputClass =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm aria-invalid:border-red-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

export const labelClass = "block text-sm font-medium text-slate-800";
