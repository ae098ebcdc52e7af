import { bootMark } from './boot-marks'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import './styles/base.css'
import App from './App.vue'
import { createAtlasI18n } from './i18n'

bootMark('modules-evaluated')
createApp(App).use(createPinia()).use(createAtlasI18n('zh')).mount('#app')
bootMark('vue-mounted')
void document.fonts?.ready.then(() => bootMark('fonts-ready'))
