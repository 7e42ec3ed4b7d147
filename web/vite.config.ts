import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

// Libraries grouped by how often they change and which pages need them, so a release that
// touches only our code leaves the large vendor files cached, and echarts (the country radar)
// loads only with the page that draws it.
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
  { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/ },
  { name: 'charts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
  { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
];

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd (1.1 MB, shared by every page) is one file on purpose; warn only beyond it.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: vendorGroups.map((g) => ({ priority: 2, ...g })),
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
