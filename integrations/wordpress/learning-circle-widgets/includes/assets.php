<?php
/**
 * The widgets' script-tag loader (shipped in assets/, built from the widgets' dist/) and the
 * plugin's stylesheet: registered on every page, enqueued once, only on a page where a widget
 * tag, shortcode or block is printed. The settings go to the loader as data-* attributes of its
 * <script>, the brand colour to the stylesheet as --p2pu-* tokens.
 *
 * @package LearningCircleWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the loader and the stylesheet.
 */
function lcw_register_assets() {
	if ( '1' === lcw_settings()['use_cdn'] ) {
		// jsDelivr's copy of this very version (no ?ver=: the address is pinned already).
		wp_register_script( 'learning-circle-widgets', lcw_cdn_url(), array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
	} else {
		wp_register_script( 'learning-circle-widgets', plugins_url( 'assets/learning-circle-widgets.js', LCW_FILE ), array(), LCW_VERSION, true );
	}
	wp_register_style( 'learning-circle-widgets', plugins_url( 'assets/learning-circle-widgets.css', LCW_FILE ), array(), LCW_VERSION );
	$css = lcw_token_css( lcw_settings() );
	if ( '' !== $css ) {
		wp_add_inline_style( 'learning-circle-widgets', $css );
	}
}
add_action( 'init', 'lcw_register_assets' );

/**
 * The loader's address on jsDelivr, pinned to this plugin's version (as the snippet builder gives it).
 *
 * @return string
 */
function lcw_cdn_url() {
	return 'https://cdn.jsdelivr.net/npm/@p2pu/learning-circle-widgets@' . LCW_VERSION . '/dist/learning-circle-widgets.js';
}

/**
 * The --p2pu-* tokens from the settings, for every widget tag.
 *
 * @param array<string, string> $settings The plugin's settings.
 * @return string CSS, or '' when nothing differs from the widgets' own defaults.
 */
function lcw_token_css( $settings ) {
	$colour = sanitize_hex_color( $settings['brand_color'] );
	if ( ! is_string( $colour ) || '' === $colour ) {
		return '';
	}
	return implode( ', ', array_keys( lcw_elements() ) ) . ' { --p2pu-color-brand: ' . $colour . '; }';
}

/**
 * Enqueues the loader and the stylesheet (once, however often it is called).
 */
function lcw_enqueue_assets() {
	wp_enqueue_script( 'learning-circle-widgets' );
	wp_enqueue_style( 'learning-circle-widgets' );
}

/**
 * A regular expression that finds an opening widget tag in HTML.
 *
 * @return string
 */
function lcw_tag_pattern() {
	$names = array_map(
		function ( $tag ) {
			return preg_quote( $tag, '/' );
		},
		array_keys( lcw_elements() )
	);
	return '/<(?:' . implode( '|', $names ) . ')[\s>\/]/i';
}

/**
 * Enqueues the assets when some printed HTML holds a widget tag: the content of a post (pasted
 * tags), a block (also the Custom HTML blocks of templates and widget areas), a text widget.
 *
 * @param string $html The HTML about to be printed.
 * @return string The same HTML.
 */
function lcw_enqueue_if_used( $html ) {
	if ( is_string( $html ) && false !== strpos( $html, '<' ) && preg_match( lcw_tag_pattern(), $html ) ) {
		lcw_enqueue_assets();
	}
	return $html;
}
add_filter( 'the_content', 'lcw_enqueue_if_used', 100 );
add_filter( 'render_block', 'lcw_enqueue_if_used', 100 );
add_filter( 'widget_text', 'lcw_enqueue_if_used', 100 );
add_filter( 'widget_block_content', 'lcw_enqueue_if_used', 100 );

/**
 * The loader's data-* attributes: the site's settings, and `defer`.
 *
 * @return array<string, string>
 */
function lcw_script_attributes() {
	$settings   = lcw_settings();
	$attributes = array(
		'data-endpoint'    => $settings['endpoint'],
		'data-team-id'     => $settings['team_id'],
		'data-signup-page' => $settings['signup_page'],
		'data-lang'        => $settings['lang'],
		'data-country'     => $settings['country'],
	);
	/**
	 * Filters the data-* attributes of the widgets' <script> (page-wide settings, see the widgets'
	 * docs: data-allowed-endpoints, data-privacy-url, data-circles-page…).
	 *
	 * @param array<string, string> $attributes Attribute name => value; empty values are left out.
	 */
	$attributes = apply_filters( 'learning_circle_widgets_script_attributes', $attributes );
	return array_filter(
		$attributes,
		function ( $value, $name ) {
			return is_string( $value ) && '' !== $value && 1 === preg_match( '/^data-[a-z][a-z-]*$/', $name );
		},
		ARRAY_FILTER_USE_BOTH
	);
}

/**
 * Adds `defer` and the data-* settings to the loader's <script>.
 *
 * @param string $tag    The <script> element.
 * @param string $handle The script's handle.
 * @return string
 */
function lcw_script_loader_tag( $tag, $handle ) {
	if ( 'learning-circle-widgets' !== $handle ) {
		return $tag;
	}
	$extra = ' defer';
	foreach ( lcw_script_attributes() as $name => $value ) {
		$extra .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return preg_replace( '/<script(?=[\s>])/', '<script' . $extra, $tag, 1 );
}
add_filter( 'script_loader_tag', 'lcw_script_loader_tag', 10, 2 );
