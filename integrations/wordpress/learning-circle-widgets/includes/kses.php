<?php
/**
 * Pasted widget tags survive: WordPress's HTML filter (kses) keeps every widget tag with its
 * documented attributes for every role, and the classic editor's Visual tab keeps them too.
 * The attributes that choose where the widgets get data from stay for those who may add any
 * HTML (unfiltered_html) only: kses removes them for everyone else.
 *
 * @package LearningCircleWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Attributes that choose where data comes from (src/config/config.ts: endpoint, transport; the
 * script tag's allowed-endpoints; the map's tile server): only a role with unfiltered_html may set them.
 *
 * @return string[]
 */
function lcw_source_attributes() {
	return array( 'endpoint', 'transport', 'allowed-endpoints', 'tile-url' );
}

/**
 * Attributes holding an address, checked for their protocol like href (no javascript:).
 *
 * @return string[]
 */
function lcw_address_attributes() {
	return array( 'signup-page', 'privacy-url', 'circles-page', 'contact-url', 'logo' );
}

/**
 * Each widget tag with the attributes anyone may write.
 *
 * @return array<string, string[]>
 */
function lcw_allowed_attributes() {
	$allowed = array();
	foreach ( lcw_elements() as $tag => $attributes ) {
		$allowed[ $tag ] = array_values( array_diff( $attributes, lcw_source_attributes() ) );
	}
	return $allowed;
}

/**
 * Adds the widget tags to the tags allowed in posts.
 *
 * @param array        $tags    Allowed tags and their attributes.
 * @param string|array $context The kses context.
 * @return array
 */
function lcw_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( lcw_allowed_attributes() as $tag => $attributes ) {
		$spec = isset( $tags[ $tag ] ) && is_array( $tags[ $tag ] ) ? $tags[ $tag ] : array();
		foreach ( $attributes as $attribute ) {
			$spec[ $attribute ] = true;
		}
		// class, id, lang, dir, style, data-*, aria-*, as on every other tag.
		$tags[ $tag ] = function_exists( '_wp_add_global_attributes' ) ? _wp_add_global_attributes( $spec ) : $spec;
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'lcw_kses_allowed_html', 10, 2 );

/**
 * Checks the widgets' address attributes like href.
 *
 * @param string[] $attributes Attributes holding URLs.
 * @return string[]
 */
function lcw_kses_uri_attributes( $attributes ) {
	return array_merge( $attributes, lcw_address_attributes() );
}
add_filter( 'wp_kses_uri_attributes', 'lcw_kses_uri_attributes' );

/**
 * The classic editor (TinyMCE) keeps the widget tags through the Visual tab, as block elements.
 *
 * @param array $init TinyMCE settings.
 * @return array
 */
function lcw_tiny_mce_before_init( $init ) {
	$trusted  = current_user_can( 'unfiltered_html' );
	$custom   = array();
	$extended = array();
	foreach ( lcw_elements() as $tag => $attributes ) {
		if ( ! $trusted ) {
			$attributes = array_diff( $attributes, lcw_source_attributes() );
		}
		$custom[]   = $tag;
		$extended[] = $tag . '[' . implode( '|', array_merge( array( 'class', 'id', 'lang', 'dir', 'style' ), $attributes ) ) . ']';
	}
	foreach ( array( 'custom_elements' => $custom, 'extended_valid_elements' => $extended ) as $key => $values ) {
		$before       = isset( $init[ $key ] ) && '' !== $init[ $key ] ? $init[ $key ] . ',' : '';
		$init[ $key ] = $before . implode( ',', $values );
	}
	return $init;
}
add_filter( 'tiny_mce_before_init', 'lcw_tiny_mce_before_init' );
