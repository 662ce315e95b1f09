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

/**
 * The snippet builder's colours (`<style>circle-finder { --p2pu-color-brand: #8c2f39; }</style>`)
 * pasted by someone whom kses filters: kses would remove the <style> tags and leave the CSS on the
 * page as text. Before kses, such a block becomes a style attribute on the widget tags it names
 * (WordPress keeps --* custom properties in style attributes); a <style> block that names a widget
 * or a --p2pu- token but holds anything else is removed whole.
 *
 * @param string $content The post's content, slashed (content_save_pre).
 * @return string
 */
function lcw_move_pasted_colours( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, '<style' ) || current_user_can( 'unfiltered_html' ) ) {
		return $content;
	}
	$html = wp_unslash( $content );
	$tags = array_keys( lcw_elements() );
	$ours = '/(^|[\s,}])(' . implode( '|', array_map( 'preg_quote', $tags ) ) . ')\b/i';
	preg_match_all( '#<style\b[^>]*>(.*?)</style>#is', $html, $blocks, PREG_SET_ORDER );
	foreach ( $blocks as $block ) {
		if ( false === stripos( $block[1], '--p2pu-' ) && ! preg_match( $ours, $block[1] ) ) {
			continue;
		}
		$position = strpos( $html, $block[0] );
		$html     = substr_replace( $html, '', $position, strlen( $block[0] ) );
		$rules    = lcw_parse_colour_rules( $block[1], $tags );
		foreach ( null === $rules ? array() : $rules as $tag => $declarations ) {
			$html = lcw_add_style_to_tags( $html, $tag, $declarations );
		}
	}
	return wp_slash( $html );
}
add_filter( 'content_save_pre', 'lcw_move_pasted_colours', 9 );

/**
 * Reads CSS made only of rules on widget tags that set --p2pu-* tokens to colours.
 *
 * @param string   $css  The CSS of one <style> block.
 * @param string[] $tags The widget tags.
 * @return array<string, string>|null Tag => declarations, or null when the CSS holds anything else.
 */
function lcw_parse_colour_rules( $css, $tags ) {
	$css = trim( preg_replace( '#/\*.*?\*/#s', '', $css ) );
	if ( ! preg_match_all( '/([^{}]+)\{([^{}]*)\}/', $css, $rules, PREG_SET_ORDER ) ) {
		return null;
	}
	if ( '' !== trim( preg_replace( '/([^{}]+)\{([^{}]*)\}/', '', $css ) ) ) {
		return null;
	}
	$out = array();
	foreach ( $rules as $rule ) {
		$declarations = array();
		foreach ( array_filter( array_map( 'trim', explode( ';', $rule[2] ) ) ) as $declaration ) {
			if ( ! preg_match( '/^(--p2pu-[a-z0-9-]+)\s*:\s*(#[0-9a-fA-F]{3,8})$/', $declaration, $parts ) ) {
				return null;
			}
			$declarations[] = $parts[1] . ': ' . strtolower( $parts[2] );
		}
		foreach ( array_map( 'trim', explode( ',', $rule[1] ) ) as $selector ) {
			$selector = strtolower( $selector );
			if ( ! in_array( $selector, $tags, true ) ) {
				return null;
			}
			$out[ $selector ] = ( isset( $out[ $selector ] ) ? $out[ $selector ] . '; ' : '' ) . implode( '; ', $declarations );
		}
	}
	return $out;
}

/**
 * Adds declarations to the style attribute of every opening `<tag …>` in some HTML.
 *
 * @param string $html         The HTML.
 * @param string $tag          A widget tag.
 * @param string $declarations CSS declarations.
 * @return string
 */
function lcw_add_style_to_tags( $html, $tag, $declarations ) {
	return preg_replace_callback(
		'/<' . preg_quote( $tag, '/' ) . '(\s[^>]*)?>/i',
		function ( $match ) use ( $tag, $declarations ) {
			$attributes = isset( $match[1] ) ? $match[1] : '';
			if ( preg_match( '/\sstyle\s*=\s*"([^"]*)"/i', $attributes, $style ) ) {
				$merged     = rtrim( trim( $style[1] ), ';' );
				$merged     = ( '' === $merged ? '' : $merged . '; ' ) . $declarations;
				$attributes = str_replace( $style[0], ' style="' . esc_attr( $merged ) . '"', $attributes );
			} else {
				$attributes .= ' style="' . esc_attr( $declarations ) . '"';
			}
			return '<' . $tag . $attributes . '>';
		},
		$html
	);
}
