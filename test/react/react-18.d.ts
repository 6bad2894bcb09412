// Types for React 18, installed under aliases (`react-18`, `react-dom-18`) beside React 19 for the wrapper tests.
// The React 19 types stand in: the API these tests use is the same in both.
declare module 'react-18' {
  import React from 'react';
  export default React;
}
declare module 'react-dom-18/client' {
  export * from 'react-dom/client';
}
declare module 'react-dom-18/server' {
  export * from 'react-dom/server';
}
