<?php
/**
 * Removes the plugin's settings when the plugin is deleted: on every site of a network.
 *
 * @package LearningCircleWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $lcw_site_id ) {
		switch_to_blog( $lcw_site_id );
		delete_option( 'learning_circle_widgets' );
		restore_current_blog();
	}
} else {
	delete_option( 'learning_circle_widgets' );
}
