<?php
/**
 * Plugin Name:       Learning circle widgets
 * Description:       Puts P2PU learning circles and courses on the library's own pages: shortcodes, a settings page, and the widget tags pasted from the snippet builder kept for every role.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            P2PU
 * Author URI:        https://www.p2pu.org
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       learning-circle-widgets
 * Domain Path:       /languages
 *
 * @package LearningCircleWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'LCW_VERSION', '0.1.0' );
define( 'LCW_FILE', __FILE__ );
define( 'LCW_DIR', plugin_dir_path( __FILE__ ) );
define( 'LCW_OPTION', 'learning_circle_widgets' );
define( 'LCW_PRODUCTION_ENDPOINT', 'https://learningcircles.p2pu.org' );

require_once LCW_DIR . 'includes/elements.php';
require_once LCW_DIR . 'includes/settings.php';
require_once LCW_DIR . 'includes/teams.php';
require_once LCW_DIR . 'includes/kses.php';
require_once LCW_DIR . 'includes/assets.php';
require_once LCW_DIR . 'includes/shortcodes.php';
require_once LCW_DIR . 'includes/blocks.php';
require_once LCW_DIR . 'includes/privacy.php';

/**
 * Loads the plugin's translations.
 */
function lcw_load_textdomain() {
	load_plugin_textdomain( 'learning-circle-widgets', false, dirname( plugin_basename( LCW_FILE ) ) . '/languages' );
}
add_action( 'init', 'lcw_load_textdomain' );
