// SPFx compiles with moduleResolution "node", which does not read package.json "exports": the
// language modules (imported for their effect only) are declared here until chorus-widgets ships
// "typesVersions" for its subpaths (issue #13, finding 3). The main entry's types resolve already.
declare module 'chorus-widgets/i18n/*.js';
