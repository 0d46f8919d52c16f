// The hyphen package ships no types; each language module exposes the same synchronous hyphenator.
interface HyphenModule {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
declare module 'hyphen/en-us' {
  const hyphen: HyphenModule;
  export = hyphen;
}
declare module 'hyphen/ru' {
  const hyphen: HyphenModule;
  export = hyphen;
}
declare module 'hyphen/el-monoton' {
  const hyphen: HyphenModule;
  export = hyphen;
}
declare module 'hyphen/de' {
  const hyphen: HyphenModule;
  export = hyphen;
}
declare module 'hyphen/fr' {
  const hyphen: HyphenModule;
  export = hyphen;
}
declare module 'hyphen/es' {
  const hyphen: HyphenModule;
  export = hyphen;
}
