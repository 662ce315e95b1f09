<?php
/**
 * Blocks for the block editor: one dynamic (server-rendered) block per widget, printing the same
 * tag and fallback link as its shortcode, with its main settings in the sidebar and a live
 * preview (the editor loads the widgets' loader too).
 *
 * @package LearningCircleWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Each block: its shortcode (tag and short attribute names), title, icon and sidebar fields
 * (block attribute => label).
 *
 * @return array<string, array{shortcode: string, title: string, icon: string, fields: array<string, string>}>
 */
function lcw_blocks() {
	return array(
		'finder'  => array(
			'shortcode' => 'learning_circle_finder',
			'title'     => __( 'Learning circle finder', 'learning-circle-widgets' ),
			'icon'      => 'search',
			'fields'    => array(
				'team' => __( 'Team number (empty: the site’s setting)', 'learning-circle-widgets' ),
				'city' => __( 'City', 'learning-circle-widgets' ),
			),
		),
		'signup'  => array(
			'shortcode' => 'learning_circle_signup',
			'title'     => __( 'Learning circle signup', 'learning-circle-widgets' ),
			'icon'      => 'welcome-write-blog',
			'fields'    => array(
				'circle'          => __( 'Learning circle number', 'learning-circle-widgets' ),
				'circle_id_param' => __( 'Or: the address parameter with the circle (such as circle)', 'learning-circle-widgets' ),
			),
		),
		'course'  => array(
			'shortcode' => 'learning_circle_course',
			'title'     => __( 'Course card', 'learning-circle-widgets' ),
			'icon'      => 'book',
			'fields'    => array( 'course' => __( 'Course number', 'learning-circle-widgets' ) ),
		),
		'card'    => array(
			'shortcode' => 'learning_circle_card',
			'title'     => __( 'Learning circle card', 'learning-circle-widgets' ),
			'icon'      => 'id',
			'fields'    => array( 'circle' => __( 'Learning circle number', 'learning-circle-widgets' ) ),
		),
		'courses' => array(
			'shortcode' => 'learning_circle_courses',
			'title'     => __( 'Course finder', 'learning-circle-widgets' ),
			'icon'      => 'welcome-learn-more',
			'fields'    => array( 'topics' => __( 'Topics', 'learning-circle-widgets' ) ),
		),
		'flyer'   => array(
			'shortcode' => 'learning_circle_flyer',
			'title'     => __( 'Learning circle flyer', 'learning-circle-widgets' ),
			'icon'      => 'media-document',
			'fields'    => array( 'circle' => __( 'Learning circle number', 'learning-circle-widgets' ) ),
		),
		'team'    => array(
			'shortcode' => 'learning_circle_team',
			'title'     => __( 'Team profile', 'learning-circle-widgets' ),
			'icon'      => 'groups',
			'fields'    => array( 'team' => __( 'Team number (empty: the site’s setting)', 'learning-circle-widgets' ) ),
		),
		'map'     => array(
			'shortcode' => 'learning_circle_map',
			'title'     => __( 'Learning circle map', 'learning-circle-widgets' ),
			'icon'      => 'location-alt',
			'fields'    => array( 'for' => __( 'The id of the finder it follows', 'learning-circle-widgets' ) ),
		),
	);
}

/**
 * Registers the blocks and their editor script.
 */
function lcw_register_blocks() {
	if ( ! function_exists( 'register_block_type' ) ) {
		return;
	}
	wp_register_script(
		'learning-circle-widgets-blocks',
		plugins_url( 'assets/blocks.js', LCW_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		LCW_VERSION,
		true
	);
	// The block editor's strings (languages/learning-circle-widgets-{locale}-learning-circle-widgets-blocks.json).
	wp_set_script_translations( 'learning-circle-widgets-blocks', 'learning-circle-widgets', LCW_DIR . 'languages' );
	$definitions = array();
	foreach ( lcw_blocks() as $name => $block ) {
		$attributes = array();
		foreach ( array_keys( $block['fields'] ) as $field ) {
			$attributes[ $field ] = array(
				'type'    => 'string',
				'default' => '',
			);
		}
		register_block_type(
			'learning-circle-widgets/' . $name,
			array(
				'api_version'     => 2,
				'title'           => $block['title'],
				'category'        => 'widgets',
				'icon'            => $block['icon'],
				'attributes'      => $attributes,
				'editor_script'   => 'learning-circle-widgets-blocks',
				'render_callback' => function ( $values ) use ( $block ) {
					$atts = array();
					foreach ( array_keys( $block['fields'] ) as $field ) {
						if ( isset( $values[ $field ] ) && is_string( $values[ $field ] ) && '' !== $values[ $field ] ) {
							$atts[ $field ] = $values[ $field ];
						}
					}
					return lcw_render_shortcode( $atts, null, $block['shortcode'] );
				},
			)
		);
		$definitions[] = array(
			'name'   => 'learning-circle-widgets/' . $name,
			'title'  => $block['title'],
			'icon'   => $block['icon'],
			'fields' => $block['fields'],
		);
	}
	wp_add_inline_script( 'learning-circle-widgets-blocks', 'window.learningCircleWidgetsBlocks = ' . wp_json_encode( $definitions ) . ';', 'before' );
}
add_action( 'init', 'lcw_register_blocks', 20 );

/**
 * The editor's live preview: the widgets' loader in the block editor too.
 */
function lcw_enqueue_block_editor_assets() {
	lcw_enqueue_assets();
}
add_action( 'enqueue_block_editor_assets', 'lcw_enqueue_block_editor_assets' );
