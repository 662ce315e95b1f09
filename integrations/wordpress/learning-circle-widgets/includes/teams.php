<?php
/**
 * The team search of Settings → Learning circles: the library's team found by name, as the
 * snippet builder does. The browser cannot always ask P2PU itself (P2PU's API may refuse a
 * WordPress origin, and JSONP would mean running a script from it), so WordPress asks, server
 * side: GET /wp-json/learning-circle-widgets/v1/teams, for users who may manage options only,
 * gives every team of the endpoint's /api/teams/ (id, name, location, number of learning
 * circles), kept 15 minutes in a transient, as P2PU's own cache does. The page's script filters it.
 *
 * @package LearningCircleWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the REST route.
 */
function lcw_register_team_route() {
	register_rest_route(
		'learning-circle-widgets/v1',
		'/teams',
		array(
			'methods'             => 'GET',
			'callback'            => 'lcw_rest_teams',
			'permission_callback' => function () {
				return current_user_can( 'manage_options' );
			},
			'args'                => array(
				'endpoint' => array(
					'type'              => 'string',
					'required'          => false,
					'sanitize_callback' => 'sanitize_text_field',
				),
			),
		)
	);
}
add_action( 'rest_api_init', 'lcw_register_team_route' );

/**
 * An endpoint as the settings accept it: an http or https address without a trailing slash,
 * or '' when it is not one.
 *
 * @param string $endpoint The address to check.
 * @return string
 */
function lcw_clean_endpoint( $endpoint ) {
	$url = esc_url_raw( trim( (string) $endpoint ), array( 'http', 'https' ) );
	if ( '' === $url || ! wp_parse_url( $url, PHP_URL_HOST ) ) {
		return '';
	}
	return untrailingslashit( $url );
}

/**
 * Every team of an endpoint, from the transient or from its /api/teams/.
 *
 * @param string $endpoint A clean endpoint (lcw_clean_endpoint).
 * @return array<int, array{id: int, name: string, location: string, circles: int}>|WP_Error
 */
function lcw_fetch_teams( $endpoint ) {
	$key    = 'lcw_teams_' . md5( $endpoint );
	$cached = get_transient( $key );
	if ( is_array( $cached ) ) {
		return $cached;
	}
	$args = array(
		'timeout' => 10,
		'headers' => array( 'Accept' => 'application/json' ),
	);
	// The saved endpoint (or P2PU's) is the administrator's choice; any other address typed in the
	// form goes through WordPress's checks for addresses from users (no private networks).
	$trusted  = in_array( $endpoint, array( lcw_settings()['endpoint'], LCW_PRODUCTION_ENDPOINT ), true );
	$url      = $endpoint . '/api/teams/';
	$response = $trusted ? wp_remote_get( $url, $args ) : wp_safe_remote_get( $url, $args );
	if ( is_wp_error( $response ) ) {
		return $response;
	}
	$code = wp_remote_retrieve_response_code( $response );
	$body = json_decode( wp_remote_retrieve_body( $response ), true );
	if ( 200 !== $code || ! is_array( $body ) || ! isset( $body['items'] ) || ! is_array( $body['items'] ) ) {
		return new WP_Error( 'lcw_teams', sprintf( 'GET %s answered %d without a team list', $url, $code ) );
	}
	$teams = array();
	foreach ( $body['items'] as $item ) {
		if ( ! is_array( $item ) || ! isset( $item['id'], $item['name'] ) || ! is_int( $item['id'] ) || $item['id'] < 1 ) {
			continue;
		}
		$teams[] = array(
			'id'       => $item['id'],
			// Text as P2PU has it: the settings page shows it as text, never as HTML.
			'name'     => wp_check_invalid_utf8( (string) $item['name'], true ),
			'location' => isset( $item['location'] ) && is_string( $item['location'] ) ? wp_check_invalid_utf8( $item['location'], true ) : '',
			'circles'  => isset( $item['studygroup_count'] ) ? absint( $item['studygroup_count'] ) : 0,
		);
	}
	set_transient( $key, $teams, 15 * MINUTE_IN_SECONDS );
	return $teams;
}

/**
 * GET learning-circle-widgets/v1/teams[?endpoint=…]: the teams of the endpoint given (default:
 * the saved one).
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function lcw_rest_teams( $request ) {
	$given    = (string) $request->get_param( 'endpoint' );
	$endpoint = lcw_clean_endpoint( '' !== $given ? $given : lcw_settings()['endpoint'] );
	if ( '' === $endpoint ) {
		return new WP_Error( 'lcw_endpoint', __( 'The P2PU server must be an http or https address.', 'learning-circle-widgets' ), array( 'status' => 400 ) );
	}
	$teams = lcw_fetch_teams( $endpoint );
	if ( is_wp_error( $teams ) ) {
		return new WP_Error( 'lcw_teams', $teams->get_error_message(), array( 'status' => 502 ) );
	}
	return rest_ensure_response( $teams );
}
