import { bootMark } from './boot-marks'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import './styles/base.css'
import App from './App.vue'
import { createAtlasI18n } from './i18n'
import { registerOfflineCopy } from './kiosk/service-worker'

bootMark('modules-evaluated')
createApp(App).use(createPinia()).use(createAtlasI18n('zh')).mount('#app')
bootMark('vue-mounted')
void document.fonts?.ready.then(() => bootMark('fonts-ready'))
// The offline copy for analysts too; it never reloads them (the kiosk registers its own, which takes new builds).
if (new URLSearchParams(window.location.search).get('mode') !== 'kiosk') registerOfflineCopy(null)
