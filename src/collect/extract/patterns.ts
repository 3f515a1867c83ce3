// Site-agnostic word lists and patterns that tell article content from page furniture.

/** Class/id words of page furniture (menus, share bars, related links, comments, ads, newsletter boxes). */
export const UNLIKELY =
  /-ad-|^ads?$|^ad[-_]|[-_]ads?$|advert|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|newsletter|subscribe|signup|promo|cookie|consent|modal|outbrain|taboola|recommend|trending|popular|baca-?juga|read-?more|tags?-?list|topik|navbar|navigation|masthead|toolbar|jumbotron|komentar|terkait|populer|rekomendasi|author-?(?:box|bio)|about-?(?:the-?)?author/i;
/**
 * Class/id names of blocks that are never the story, whatever else the name says: a comment
 * thread's "comment-content" or a "related-posts" box must not be rescued by MAYBE's "content"/"post".
 * A story's own wrapper may say it has comments ("has-comments", "comments-open"): that is not one.
 */
export const NEVER_STORY =
  /(?:^|[\s_-])(?<!(?:has|no|with)-)(?:comments?|komentar|disqus|respond|related|terkait|terpopuler|populer|popular|baca-?juga|share|sharing|newsletter|author-?(?:box|bio)|about-?author|tags?-?(?:list|cloud)|post-?tags)(?!-(?:open|closed|count|link|number|icon|enabled|disabled))(?:$|[\s_-])/i;
/** Class/id words that rescue an element the UNLIKELY list caught. */
export const MAYBE = /and|article|body|column|content|main|mathjax|shadow|post|entry|story|text|detail/i;
/** Class/id words that raise a container's score. */
export const POSITIVE =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|detail|isi|berita|artikel/i;
/** Class/id names CMS themes give the element holding the story itself (entry-content, isi-berita…). */
export const BODY_NAME =
  /\b(?:(?:entry|post|article|story|news|detail|read|berita|artikel|single)[-_]{0,2}(?:body|content|text|isi|konten)|(?:body|isi|content|konten|te?xt)[-_]{0,2}(?:text|berita|artikel|article|detail|post|news|story)|articlebody)\b/i;
/** Class/id words that lower a container's score. */
export const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|caption|credit|byline|author|social|newsletter|subscribe|recommend|breadcrumb|baca|komentar|terkait|populer|rekomendasi/i;

/** ARIA roles of furniture. */
export const FURNITURE_ROLES = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
  'banner',
  'contentinfo',
  'search',
]);

/** Tags dropped wholesale: they never carry article paragraphs. */
export const DROPPED_TAGS = new Set([
  'nav',
  'footer',
  'aside',
  'button',
  'select',
  'input',
  'textarea',
  'label',
  'menu',
  'dialog',
  'head',
  'title',
  'meta',
  'link',
  'video',
  'audio',
  'embed',
  'map',
  'figcaption',
]);

/** Block-level tags: a paragraph boundary in the output. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Lines inserted into article bodies that are not part of the story: inline related links
 * ("Baca juga: …"), advertisement markers, prompts to share or subscribe. Checked on short blocks only.
 */
export const INLINE_FURNITURE =
  /^(baca (juga|pula|selengkapnya)|simak (juga|selengkapnya|video|berita)|lihat (juga|video|foto)|tonton (juga|video)|artikel terkait|berita terkait|advertisement|iklan|scroll (to|untuk) (continue|melanjutkan)|read (also|more|next)|see also|related( articles?| stories| coverage)?|recommended|more from|also read|click here|klik di ?sini|download aplikasi|dapatkan update|ikuti (kami|berita|akun)|follow us|share (this|on)|bagikan|sign up|subscribe|berlangganan|copyright|hak cipta|all rights reserved|\(?foto ?:|image:|photo:|credit:|sumber foto)/i;

/** Block text that is only an advertising marker. */
export const AD_MARKER =
  /^(advertisement|iklan|ads?|sponsored|scroll to continue( with content)?|continue reading below)$/i;

/** Short lines naming the writer or editor. */
export const CREDIT_LINE =
  /^(reporter|penulis|wartawan|pewarta|editor|redaktur|penyunting|kontributor|oleh|by|written by|posted by|diposting oleh)\b/i;

/** Short lines that are mostly a date ("Jumat, 07 Maret 2025 - 19:30", "Updated 1:39 am EST, Nov 20, 2019"). */
export const DATE_LINE =
  /(\b\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}\b|\b\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|^(updated|diperbarui|published|dipublikasikan)\b)/iu;
