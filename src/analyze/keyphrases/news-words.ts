// Words that are common in every Indonesian news story whatever its topic (reporting verbs, days,
// months, time and quantity words): they end a key phrase just as function words do.

const WORDS = `
mengatakan mengungkapkan menjelaskan menuturkan menegaskan menambahkan menyampaikan menyebutkan
menyebut mengaku menilai meminta berharap berkata ujar ujarnya ungkap ungkapnya jelas jelasnya tutur
tuturnya tegas tegasnya imbuh imbuhnya katanya sebut sebutnya pungkas pungkasnya terang terangnya
dikatakan disampaikan dijelaskan diungkapkan menurutnya menurut kepada wartawan awak media
senin selasa rabu kamis jumat jum'at sabtu minggu pagi siang sore malam kemarin besok lusa hari
januari februari maret april mei juni juli agustus september oktober november desember
tahun bulan pekan jam pukul wib wita wit tanggal waktu kali kala
orang sejumlah jumlah puluhan ratusan ribuan jutaan belasan dua tiga empat lima enam tujuh delapan
sembilan sepuluh ribu juta miliar triliun persen rp
pihaknya kami kita hal upaya kegiatan terkait mulai hanya baru-baru akhir awal lanjut lanjutnya
sendiri langsung salah tersebut yakni adapun antara lain berikut demikian apalagi sudah akan
bapak ibu saudara pak bu akibat usai soal sebagai atas kalender
`;

export const NEWS_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
