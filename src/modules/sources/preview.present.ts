// Why an address could not be previewed, in words an office can act on (Indonesian — English),
// with what the fetcher or parser said kept beside it as the detail.
import { FetchError, type PantauError } from '../../domain/errors.ts';
import type { SourcePreview } from './sources.schema.ts';

type Failure = Extract<SourcePreview, { ok: false }>;

const LEADS: Partial<Record<string, string>> = {
  blocked_address:
    'Alamat internal ditolak: Pantau tidak mengambil dari jaringan lokal atau alamat internal — internal address refused: Pantau does not fetch from local or internal networks',
  timeout: 'Server terlalu lama menjawab; batas waktu habis — the server took too long to answer (timeout)',
  too_large:
    'Isi alamat ini melebihi batas ukuran yang diambil Pantau — the content is larger than Pantau fetches',
  network:
    'Server tidak dapat dihubungi: periksa alamatnya, atau situs sedang mati — the server could not be reached',
  too_many_redirects: 'Alamat ini dialihkan terlalu banyak kali — too many redirects',
  robots_disallowed:
    'robots.txt situs ini melarang Pantau mengambil alamat ini — robots.txt disallows this address',
  unsupported_content: 'Jenis isi alamat ini tidak didukung — unsupported content type',
  malformed_feed:
    'Isi alamat ini bukan feed RSS/Atom atau sitemap yang dapat dibaca dengan aman — not a feed or sitemap that can be read safely',
  malformed_page: 'Halaman ini tidak dapat diproses — the page could not be processed',
};

function leadFor(error: PantauError): string {
  if (error instanceof FetchError && error.code === 'http_status') {
    const status = error.httpStatus ?? 0;
    return status === 404 || status === 410
      ? `Alamat tidak ditemukan di server (HTTP ${status}) — not found (HTTP ${status})`
      : `Alamat tidak dapat dibuka: server menjawab HTTP ${status} — the server answered HTTP ${status}`;
  }
  // Own words already (no_content: a page without feeds or article text; validation).
  return LEADS[error.code] ?? error.message;
}

export function presentPreviewFailure(error: PantauError): Failure {
  return { ok: false, error: { code: error.code, message: leadFor(error), detail: error.message } };
}
