<?php
// What editor.js uses from WordPress (read by block.json's "editorScript": "file:./editor.js").
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '0.1.0',
);
