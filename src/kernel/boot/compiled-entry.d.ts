/** The URL to import for `entry` (an absolute path to a .ts file), or null: load the source instead. */
export function compiledEntry(entry: string): Promise<string | null>;
