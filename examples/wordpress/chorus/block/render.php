<?php
/**
 * The block on the page: the widget inside a <chorus-provider> for the configured API. Every
 * value is checked against what the widget takes and written escaped; nothing inline (no script,
 * no style attribute), so it works under a strict Content Security Policy.
 *
 * @var array $attributes The block's attributes (block.json).
 */

$chorus_widgets = array( 'kudos-wall', 'poll', 'feedback-box', 'leaderboard', 'share-card', 'share-feed', 'post-composer' );
$chorus_widget  = in_array( $attributes['widget'] ?? '', $chorus_widgets, true ) ? $attributes['widget'] : 'kudos-wall';
$chorus_tag     = 'chorus-' . $chorus_widget;
$chorus_attrs   = array();
if ( 'poll' === $chorus_widget ) {
	$chorus_attrs['poll-id'] = $attributes['pollId'] ?? '';
}
if ( 'share-card' === $chorus_widget ) {
	$chorus_attrs['post-id'] = $attributes['postId'] ?? '';
}
if ( in_array( $chorus_widget, array( 'kudos-wall', 'feedback-box', 'leaderboard' ), true ) && ! empty( $attributes['heading'] ) ) {
	$chorus_attrs['heading'] = $attributes['heading'];
}
if ( in_array( $attributes['theme'] ?? 'auto', array( 'light', 'dark' ), true ) ) {
	$chorus_attrs['theme'] = $attributes['theme'];
}
$chorus_attr_html = '';
foreach ( $chorus_attrs as $chorus_name => $chorus_value ) {
	$chorus_attr_html .= ' ' . $chorus_name . '="' . esc_attr( $chorus_value ) . '"';
}
$chorus_endpoint = trim( $attributes['endpoint'] ?? '' );
?>
<div <?php echo get_block_wrapper_attributes(); ?>>
<?php if ( '' !== $chorus_endpoint ) : ?>
<chorus-provider endpoint="<?php echo esc_attr( $chorus_endpoint ); ?>" locale="<?php echo esc_attr( substr( get_locale(), 0, 2 ) ); ?>"><<?php echo $chorus_tag; ?><?php echo $chorus_attr_html; ?>></<?php echo $chorus_tag; ?>></chorus-provider>
<?php else : ?>
<p><?php esc_html_e( 'Set the Chorus API endpoint in the block settings.', 'chorus' ); ?></p>
<?php endif; ?>
</div>
