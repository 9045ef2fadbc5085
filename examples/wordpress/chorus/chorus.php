<?php
/**
 * Plugin Name:       Chorus widgets
 * Description:       Kudos, polls, feedback, leaderboards and share cards from your Chorus backend, as a block.
 * Version:           0.1.0
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       chorus
 *
 * The widgets are one ES module (assets/chorus.js, Chorus's CDN bundle), registered as a script
 * module (WordPress 6.5+) and printed only on pages that hold a Chorus block (block.json names it
 * as the block's viewScriptModule).
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action(
	'init',
	static function () {
		wp_register_script_module( 'chorus-widgets', plugins_url( 'assets/chorus.js', __FILE__ ), array(), '0.1.0' );
		register_block_type( __DIR__ . '/block' );
	}
);
