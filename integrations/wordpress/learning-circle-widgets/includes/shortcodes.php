<?php
/**
 * Shortcodes for the classic editor and page builders: each prints its widget's tag with a
 * fallback link inside (what a visitor sees when scripts are blocked), and enqueues the loader.
 *
 *   [learning_circle_finder team="12" city="Riverbend"]   <circle-finder>
 *   [learning_circle_signup circle="4821"]                <circle-signup>
 *   [learning_circle_course course="1203"]                <course-card>
 *   [learning_circle_card circle="4821"]                  <circle-card>
 *   [learning_circle_courses]                             <course-finder>
 *   [learning_circle_flyer circle="4821"]                 <circle-flyer>
 *   [learning_circle_team team="12"]                      <team-profile>
 *   [learning_circle_map]                                 <circle-map>
 *
 * Any other documented attribute of the tag may be given too (heading-level="3" or
 * heading_level="3"), except those that choose where data comes from (lcw_source_attributes()):
 * that is the site's setting.
 *
 * @package LearningCircleWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** P2PU's search of learning circles, for fallback links. */
define( 'LCW_P2PU_CIRCLE_SEARCH', 'https://www.p2pu.org/en/learning-circles/' );

/**
 * Each shortcode: its tag and its short attribute names.
 *
 * @return array<string, array{tag: string, aliases: array<string, string>}>
 */
function lcw_shortcodes() {
	return array(
		'learning_circle_finder'  => array(
			'tag'     => 'circle-finder',
			'aliases' => array(
				'team'   => 'team-id',
				'course' => 'course-id',
			),
		),
		'learning_circle_signup'  => array(
			'tag'     => 'circle-signup',
			'aliases' => array( 'circle' => 'circle-id' ),
		),
		'learning_circle_course'  => array(
			'tag'     => 'course-card',
			'aliases' => array( 'course' => 'course-id' ),
		),
		'learning_circle_card'    => array(
			'tag'     => 'circle-card',
			'aliases' => array( 'circle' => 'circle-id' ),
		),
		'learning_circle_courses' => array(
			'tag'     => 'course-finder',
			'aliases' => array(),
		),
		'learning_circle_flyer'   => array(
			'tag'     => 'circle-flyer',
			'aliases' => array( 'circle' => 'circle-id' ),
		),
		'learning_circle_team'    => array(
			'tag'     => 'team-profile',
			'aliases' => array( 'team' => 'team-id' ),
		),
		'learning_circle_map'     => array(
			'tag'     => 'circle-map',
			'aliases' => array( 'team' => 'team-id' ),
		),
	);
}

/**
 * Registers the shortcodes.
 */
function lcw_register_shortcodes() {
	foreach ( array_keys( lcw_shortcodes() ) as $shortcode ) {
		add_shortcode( $shortcode, 'lcw_render_shortcode' );
	}
}
add_action( 'init', 'lcw_register_shortcodes' );

/**
 * Prints a shortcode's widget.
 *
 * @param array|string $atts      The shortcode's attributes ('' when none).
 * @param string|null  $content   Enclosed content (unused).
 * @param string       $shortcode The shortcode's name.
 * @return string
 */
function lcw_render_shortcode( $atts, $content, $shortcode ) {
	$shortcodes = lcw_shortcodes();
	$elements   = lcw_elements();
	if ( ! isset( $shortcodes[ $shortcode ] ) || ! isset( $elements[ $shortcodes[ $shortcode ]['tag'] ] ) ) {
		return '';
	}
	$tag        = $shortcodes[ $shortcode ]['tag'];
	$aliases    = $shortcodes[ $shortcode ]['aliases'];
	$documented = array_diff( $elements[ $tag ], lcw_source_attributes() );
	$attributes = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( ! is_string( $name ) ) {
			continue;
		}
		$name = str_replace( '_', '-', strtolower( $name ) );
		$name = isset( $aliases[ $name ] ) ? $aliases[ $name ] : $name;
		if ( ! in_array( $name, $documented, true ) ) {
			continue;
		}
		$value = sanitize_text_field( (string) $value );
		if ( in_array( $name, lcw_address_attributes(), true ) ) {
			// Only http(s) addresses or paths; `{id}` stands for the circle's number.
			$value = str_replace( '__ID__', '{id}', esc_url_raw( str_replace( '{id}', '__ID__', $value ), array( 'http', 'https' ) ) );
		}
		$attributes[ $name ] = $value;
	}
	return lcw_element_html( $tag, $attributes );
}

/**
 * A widget's tag with a fallback link inside, and its assets enqueued.
 *
 * @param string                $tag        The widget's tag.
 * @param array<string, string> $attributes Attribute => value, already limited to documented ones.
 * @return string
 */
function lcw_element_html( $tag, $attributes ) {
	lcw_enqueue_assets();
	$html = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$link = lcw_fallback_link( $tag, $attributes );
	return $html . '><a href="' . esc_url( $link['href'] ) . '">' . esc_html( $link['text'] ) . '</a></' . $tag . '>';
}

/**
 * What a visitor without the widget sees: the same thing on P2PU (as the snippet builder's links).
 *
 * @param string                $tag        The widget's tag.
 * @param array<string, string> $attributes Its attributes.
 * @return array{href: string, text: string}
 */
function lcw_fallback_link( $tag, $attributes ) {
	$id = function ( $name ) use ( $attributes ) {
		return isset( $attributes[ $name ] ) && preg_match( '/^\d{1,12}$/', $attributes[ $name ] ) ? $attributes[ $name ] : '';
	};
	if ( false !== strpos( $tag, 'course' ) ) {
		if ( '' !== $id( 'course-id' ) ) {
			return array(
				'href' => LCW_PRODUCTION_ENDPOINT . '/en/course/' . $id( 'course-id' ) . '/',
				'text' => __( 'See this course on P2PU', 'learning-circle-widgets' ),
			);
		}
		return array(
			'href' => 'https://www.p2pu.org/en/courses/',
			'text' => __( 'Browse free courses on P2PU', 'learning-circle-widgets' ),
		);
	}
	$team = '' !== $id( 'team-id' ) ? $id( 'team-id' ) : lcw_settings()['team_id'];
	if ( 'circle-signup' !== $tag && '' === $id( 'circle-id' ) && '' !== $team ) {
		return array(
			'href' => add_query_arg( 'team_id', rawurlencode( $team ), LCW_P2PU_CIRCLE_SEARCH ),
			'text' => __( 'See our learning circles on P2PU', 'learning-circle-widgets' ),
		);
	}
	return array(
		'href' => LCW_P2PU_CIRCLE_SEARCH,
		'text' => __( 'Find a learning circle on P2PU', 'learning-circle-widgets' ),
	);
}
