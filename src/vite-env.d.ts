/// <reference types="vite/client" />

/** The package version, set at build time from package.json. */
declare const __APP_VERSION__: string;
