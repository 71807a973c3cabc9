/// <reference types="astro/client" />

/** Absolute path of the publication bundle, set in astro.config.mjs. */
declare const __YANGUI_BUNDLE_DIR__: string;
