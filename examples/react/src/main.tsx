import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const root = document.getElementById('root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
createRoot(root).render(<App />);
