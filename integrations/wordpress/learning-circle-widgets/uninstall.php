<?php
/**
 * Removes the plugin's settings when the plugin is deleted: on every site of a network.
 *
 * @package LearningCircleWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

/**
 * Removes the settings of the current site, and the team lists kept for its endpoint and P2PU's.
 */
function lcw_uninstall_site() {
	$settings = get_option( 'learning_circle_widgets', array() );
	$saved    = is_array( $settings ) && isset( $settings['endpoint'] ) ? (string) $settings['endpoint'] : '';
	foreach ( array_unique( array( $saved, 'https://learningcircles.p2pu.org' ) ) as $endpoint ) {
		delete_transient( 'lcw_teams_' . md5( $endpoint ) );
	}
	delete_option( 'learning_circle_widgets' );
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $lcw_site_id ) {
		switch_to_blog( $lcw_site_id );
		lcw_uninstall_site();
		restore_current_blog();
	}
} else {
	lcw_uninstall_site();
}
