// Indonesian function words that carry no topic: left out of key phrases, summaries and word counts.

const WORDS = `
ada adalah adanya agak agar akan akankah akhirnya aku akulah amat amatlah anda andalah antar antara
antaranya apa apaan apabila apakah apalagi apatah atas atau ataukah ataupun bagai bagaikan bagaimana
bagaimanakah bagaimanapun bagi bagian bahkan bahwa bahwasanya baik bakal balik banyak bapak baru
bawah beberapa begini beginian beginikah beginilah begitu begitukah begitulah begitupun belum belumlah
benar berapa berapakah berapalah berapapun berbagai bermacam bersama betul biasa biasanya bila bilakah
bisa bisakah boleh bolehkah bolehlah buat bukan bukankah bukanlah bukannya cara caranya cukup cukupkah
cukuplah dahulu dalam dan dapat dari daripada datang dekat demi demikian demikianlah dengan depan di
dia diakah dialah diantara diantaranya dikarenakan dimana dini diri dirinya disini disinilah dong dulu
enggak entah entahlah guna hal hampir hanya hanyalah harus haruslah harusnya hendak hendaklah hendaknya
hingga ia ialah ibarat ibu ikut ingin inginkah inginkan ini inikah inilah itu itukah itulah jadi jangan
jangankan janganlah jauh jika jikalau juga justru kala kalau kalaulah kalaupun kalian kami kamilah kamu
kamulah kan kapan kapankah kapanpun karena karenanya kata ke kecuali kedua keduanya kelak kembali kemudian
kenapa kepada kepadanya ketika khususnya kini kinilah kiranya kita kitalah kok lagi lagian lah lain
lainnya lalu lama lamanya lebih lewat maka makanya makin malah malahan mampu mana manakala manalagi masa
masih masing mau maupun melainkan melalui memang mengapa mereka merekalah meski meskipun mungkin mungkinkah
nah namun nanti nantinya nya oleh olehnya pada padahal padanya paling para pasti patut pada per perlu
pernah persoalan pertama pula pun punya rasa rupanya saat saatnya saja sajalah saling sama sambil sampai
sana sangat sangatlah satu saya sayalah se sebab sebabnya sebagai sebagaimana sebagainya sebagian sebaik
sebaliknya sebanyak sebelum sebelumnya sebenarnya seberapa sebetulnya sebuah secara sedang sedangkan
sedikit segala segera seharusnya sehingga sejak sejauh sekadar sekali sekalian sekaligus sekalipun
sekarang sekitar sekitarnya selagi selain selaku selalu selama selanjutnya seluruh seluruhnya semacam
semakin semasa semata sementara semua semuanya semula sendiri sendirinya seolah seorang sepanjang
sepantasnya seperti sepertinya sering seringnya serta sesuatu sesudah sesudahnya setelah setempat
setiap setidaknya sewaktu siapa siapakah siapapun sini sinilah suatu sudah sudahkah sudahlah supaya
tadi tadinya tak tanpa tapi telah tentang tentu tentulah tentunya terhadap terjadi termasuk ternyata
tersebut tersebutlah tertentu tetap tetapi tiap tidak tidakkah tidaklah toh tuh turut untuk untuknya
via wah walau walaupun ya yaitu yakni yang
`;

/** Indonesian stopwords, lower case. */
export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
