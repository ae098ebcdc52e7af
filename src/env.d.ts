/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

/** Set by vite.config.ts (scripts/build-info.ts): the commit, build time and data hash of this build. */
declare const __ATLAS_BUILD__: { commit: string; builtAt: string; data: string }
