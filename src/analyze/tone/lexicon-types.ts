// The shape of a tone lexicon: phrases of one or more words mapped to a weight from -3 to 3.

/**
 * Keys are one or more words separated by spaces. A word matches any token with the same Snowball
 * stem, so list the affixed forms that stem differently (keluhan, mengeluhkan, dikeluhkan). A word
 * written `=word` matches that exact lower-case form only: for words whose stem collides with an
 * unrelated one (penghargaan → harga, meningkat → ingkat, ditahan → tahan).
 * A weight of 0 marks a set phrase that is not polar although its words are ("kurang mampu").
 */
export type LexiconEntries = Readonly<Record<string, number>>;
