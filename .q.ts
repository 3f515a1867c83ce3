import { analyzeArticle } from './src/analyze/article.ts';
const text = `SUKAMAJU, SUKAMAJUPOS.COM – Ratusan mahasiswa berunjuk rasa di depan Balai Kota Sukamaju, Senin (2/3/2026). Mereka menuntut Wali Kota Hendra Wijaya bertanggung jawab atas banjir yang merendam tiga kecamatan.

Wali Kota Hendra Wijaya sebelumnya menyatakan bantuan sudah disalurkan ke semua posko.

"Wali kota gagal melindungi warganya. Bantuan tidak sampai ke posko kami," kata koordinator aksi, Fajar Nugraha.

Seorang warga, Siti Aminah, mengaku belum menerima bantuan sama sekali. "Kami hanya makan mi instan selama tiga hari," ujarnya.

"Sudah tiga hari kami menunggu di sini," kata seorang pengungsi.

"Airnya masih setinggi lutut," ujar warga Kampung Duri.`;
const a = analyzeArticle({ title: 'Mahasiswa Demo Balai Kota', text });
console.log(a.quotes.map((q) => `${q.speaker} [${q.role}] | ${q.text.slice(0, 40)}`));
