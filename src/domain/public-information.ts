// The public-information class every output of an office carries under the freedom-of-information
// law (UU 14/2008 on Keterbukaan Informasi Publik): announced periodically, announced at once,
// available on request, or exempt. Letters, releases and their dispositions all use this one list.
export const PUBLIC_CLASSES = ['berkala', 'serta_merta', 'setiap_saat', 'dikecualikan'] as const;
export type PublicClass = (typeof PUBLIC_CLASSES)[number];

export const PUBLIC_CLASS_LABELS: Record<PublicClass, string> = {
  berkala: 'Wajib diumumkan secara berkala',
  serta_merta: 'Wajib diumumkan serta-merta',
  setiap_saat: 'Tersedia setiap saat (atas permintaan)',
  dikecualikan: 'Dikecualikan',
};
