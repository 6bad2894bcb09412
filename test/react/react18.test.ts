// The React wrappers in React 18 (installed as react-18 / react-dom-18), made with `createWrappers(React18)`:
// React 18 sets only attributes and ignores custom events without them (pitfall 13).
import React18 from 'react-18';
import { createRoot } from 'react-dom-18/client';
import { renderToString } from 'react-dom-18/server';
import '../../src/index.js';
import { createWrappers } from '../../src/react-wrappers.js';
import { wrapperSuite } from './wrapper-suite.js';

wrapperSuite({ version: '18', React: React18, createRoot, renderToString, wrappers: createWrappers(React18) });
