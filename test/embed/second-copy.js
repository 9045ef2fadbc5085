// A second bundled copy of Lit (two-copies-page.html): the same module under another URL is another instance.
import '/node_modules/lit-html/development/lit-html.js?second-copy';
