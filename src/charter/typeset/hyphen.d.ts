// The hyphen package ships no types; each language module (hyphen/en-us, hyphen/de, …) exposes the same
// synchronous hyphenator.
interface HyphenModule {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
declare module 'hyphen/*' {
  const hyphen: HyphenModule;
  export = hyphen;
}
