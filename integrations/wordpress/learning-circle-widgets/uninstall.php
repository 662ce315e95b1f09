<?php
/**
 * Removes the plugin's settings when the plugin is deleted.
 *
 * @package LearningCircleWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'learning_circle_widgets' );
