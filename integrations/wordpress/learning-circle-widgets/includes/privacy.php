<?php
/**
 * Suggested text for the site's privacy policy (Settings → Privacy → Policy Guide): the widgets
 * load learning circles from P2PU, and a signup goes to P2PU.
 *
 * @package LearningCircleWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Adds the plugin's part to WordPress's privacy-policy guide.
 */
function lcw_add_privacy_policy_content() {
	if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
		return;
	}
	$content  = '<p class="privacy-policy-tutorial">' . esc_html__( 'The learning circle widgets show learning circles and courses from P2PU (Peer 2 Peer University). A visitor’s browser asks P2PU’s server for them directly, so P2PU receives the visitor’s IP address and the page they were on.', 'learning-circle-widgets' ) . '</p>';
	$content .= '<p><strong class="privacy-policy-tutorial">' . esc_html__( 'Suggested text:', 'learning-circle-widgets' ) . ' </strong>';
	$content .= esc_html__( 'Our pages about learning circles load information from P2PU (Peer 2 Peer University, p2pu.org). When you sign up for a learning circle, the name, email address and any answers you give go to P2PU, and P2PU shares them with the circle’s facilitators to run the learning circle. P2PU’s privacy policy applies to them. The widgets keep public lists from P2PU (such as topics and cities) in your browser’s storage for a short time; nothing you type is kept there.', 'learning-circle-widgets' );
	$content .= ' <a href="' . esc_url( 'https://www.p2pu.org/privacy/' ) . '">' . esc_html__( 'P2PU’s privacy policy', 'learning-circle-widgets' ) . '</a></p>';
	wp_add_privacy_policy_content( __( 'Learning circle widgets', 'learning-circle-widgets' ), wp_kses_post( $content ) );
}
add_action( 'admin_init', 'lcw_add_privacy_policy_content' );
