<?php
/**
 * Settings → Learning circles: the site-wide settings, given to every widget through the
 * script tag's data-* attributes and the plugin's stylesheet.
 *
 * @package LearningCircleWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The settings with their defaults.
 *
 * @return array<string, string>
 */
function lcw_default_settings() {
	return array(
		'endpoint'    => LCW_PRODUCTION_ENDPOINT,
		'team_id'     => '',
		'signup_page' => '',
		'lang'        => '',
		'country'     => '',
		'brand_color' => '',
		'use_cdn'     => '',
	);
}

/**
 * The saved settings, each one present.
 *
 * @return array<string, string>
 */
function lcw_settings() {
	$saved = get_option( LCW_OPTION, array() );
	if ( ! is_array( $saved ) ) {
		$saved = array();
	}
	return array_merge( lcw_default_settings(), array_intersect_key( $saved, lcw_default_settings() ) );
}

/**
 * Cleans what the settings form sent; an unusable value becomes '' (the default) and is reported.
 *
 * @param mixed $input The submitted values.
 * @return array<string, string>
 */
function lcw_sanitize_settings( $input ) {
	// options.php has already unslashed what the form sent.
	$input = is_array( $input ) ? $input : array();
	$clean = lcw_default_settings();
	$text  = function ( $key ) use ( $input ) {
		return isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? trim( sanitize_text_field( $input[ $key ] ) ) : '';
	};

	$endpoint = esc_url_raw( $text( 'endpoint' ), array( 'http', 'https' ) );
	if ( '' !== $endpoint ) {
		$clean['endpoint'] = untrailingslashit( $endpoint );
	} elseif ( '' !== $text( 'endpoint' ) ) {
		add_settings_error( LCW_OPTION, 'endpoint', __( 'The P2PU server must be an http or https address. P2PU’s own server is used.', 'learning-circle-widgets' ) );
	}

	$team = $text( 'team_id' );
	if ( preg_match( '/^\d{1,12}$/', $team ) ) {
		$clean['team_id'] = $team;
	} elseif ( '' !== $team ) {
		add_settings_error( LCW_OPTION, 'team_id', __( 'The team number must be digits only.', 'learning-circle-widgets' ) );
	}

	$signup = $text( 'signup_page' );
	if ( '' !== $signup ) {
		// A full address or a path on this site; `{id}` is the circle's number.
		$url = esc_url_raw( str_replace( '{id}', '__ID__', $signup ), array( 'http', 'https' ) );
		if ( '' !== $url ) {
			$clean['signup_page'] = str_replace( '__ID__', '{id}', $url );
		} else {
			add_settings_error( LCW_OPTION, 'signup_page', __( 'The signup page must be an address on the web.', 'learning-circle-widgets' ) );
		}
	}

	$lang = $text( 'lang' );
	if ( preg_match( '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/', $lang ) ) {
		$clean['lang'] = $lang;
	} elseif ( '' !== $lang ) {
		add_settings_error( LCW_OPTION, 'lang', __( 'The language must be a language code such as es or pt-BR.', 'learning-circle-widgets' ) );
	}

	$country = strtoupper( $text( 'country' ) );
	if ( preg_match( '/^[A-Z]{2}$/', $country ) ) {
		$clean['country'] = $country;
	} elseif ( '' !== $country ) {
		add_settings_error( LCW_OPTION, 'country', __( 'The country must be a two-letter code such as US.', 'learning-circle-widgets' ) );
	}

	$colour = sanitize_hex_color( $text( 'brand_color' ) );
	if ( is_string( $colour ) && '' !== $colour ) {
		$clean['brand_color'] = strtolower( $colour );
	} elseif ( '' !== $text( 'brand_color' ) ) {
		add_settings_error( LCW_OPTION, 'brand_color', __( 'The brand colour must be a colour such as #8c2f39.', 'learning-circle-widgets' ) );
	}

	// The loader from jsDelivr (this version, pinned) instead of the plugin's own copy.
	$clean['use_cdn'] = isset( $input['use_cdn'] ) && '1' === $input['use_cdn'] ? '1' : '';

	return $clean;
}

/**
 * Registers the option (the Settings API checks the nonce and the manage_options capability
 * when options.php saves it).
 */
function lcw_register_settings() {
	register_setting(
		'learning_circle_widgets',
		LCW_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'lcw_sanitize_settings',
			'default'           => lcw_default_settings(),
			'show_in_rest'      => false,
		)
	);
}
add_action( 'admin_init', 'lcw_register_settings' );

/**
 * Adds Settings → Learning circles.
 */
function lcw_add_settings_page() {
	add_options_page(
		__( 'Learning circles', 'learning-circle-widgets' ),
		__( 'Learning circles', 'learning-circle-widgets' ),
		'manage_options',
		'learning-circle-widgets',
		'lcw_render_settings_page'
	);
}
add_action( 'admin_menu', 'lcw_add_settings_page' );

/**
 * The settings' fields: key => label, description, input type.
 *
 * @return array<string, array{0: string, 1: string, 2: string}>
 */
function lcw_settings_fields() {
	return array(
		'endpoint'    => array( __( 'P2PU server', 'learning-circle-widgets' ), __( 'Where the widgets get learning circles from. Leave P2PU’s address unless P2PU or your IT team gave you another one.', 'learning-circle-widgets' ), 'url' ),
		'team_id'     => array( __( 'Your library’s team number', 'learning-circle-widgets' ), __( 'The number of your library’s team on P2PU: the finders show only its learning circles.', 'learning-circle-widgets' ), 'text' ),
		'signup_page' => array( __( 'Your signup page', 'learning-circle-widgets' ), __( 'The page of this site with the signup widget, such as /join/?circle={id}. Empty: learners sign up on P2PU.', 'learning-circle-widgets' ), 'text' ),
		'lang'        => array( __( 'Language', 'learning-circle-widgets' ), __( 'A language code such as es. Empty: the language of each page.', 'learning-circle-widgets' ), 'text' ),
		'country'     => array( __( 'Country', 'learning-circle-widgets' ), __( 'Two letters such as US, for phone numbers in the signup form.', 'learning-circle-widgets' ), 'text' ),
		'brand_color' => array( __( 'Brand colour', 'learning-circle-widgets' ), __( 'A colour such as #8c2f39 for buttons and links in the widgets. Empty: P2PU’s colours.', 'learning-circle-widgets' ), 'text' ),
		'use_cdn'     => array( __( 'Load the widgets from jsDelivr', 'learning-circle-widgets' ), __( 'Visitors’ browsers get the widgets from cdn.jsdelivr.net (this version) instead of this site. Leave it off unless your site is slow to serve files.', 'learning-circle-widgets' ), 'checkbox' ),
	);
}

/**
 * Prints the settings page.
 */
function lcw_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = lcw_settings();
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<?php settings_errors( LCW_OPTION ); ?>
		<form action="<?php echo esc_url( admin_url( 'options.php' ) ); ?>" method="post">
			<?php settings_fields( 'learning_circle_widgets' ); ?>
			<table class="form-table" role="presentation">
				<?php foreach ( lcw_settings_fields() as $key => $field ) : ?>
					<tr>
						<th scope="row"><label for="<?php echo esc_attr( 'lcw-' . $key ); ?>"><?php echo esc_html( $field[0] ); ?></label></th>
						<td>
							<?php if ( 'checkbox' === $field[2] ) : ?>
								<input type="checkbox" id="<?php echo esc_attr( 'lcw-' . $key ); ?>" name="<?php echo esc_attr( LCW_OPTION . '[' . $key . ']' ); ?>" value="1" <?php checked( '1', $settings[ $key ] ); ?> aria-describedby="<?php echo esc_attr( 'lcw-' . $key . '-description' ); ?>">
							<?php else : ?>
								<input class="regular-text" type="<?php echo esc_attr( $field[2] ); ?>" id="<?php echo esc_attr( 'lcw-' . $key ); ?>" name="<?php echo esc_attr( LCW_OPTION . '[' . $key . ']' ); ?>" value="<?php echo esc_attr( $settings[ $key ] ); ?>" aria-describedby="<?php echo esc_attr( 'lcw-' . $key . '-description' ); ?>">
							<?php endif; ?>
							<p class="description" id="<?php echo esc_attr( 'lcw-' . $key . '-description' ); ?>"><?php echo esc_html( $field[1] ); ?></p>
							<?php if ( 'team_id' === $key ) : ?>
								<?php lcw_render_team_search(); ?>
							<?php endif; ?>
						</td>
					</tr>
				<?php endforeach; ?>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}

/**
 * The team search under the team number (shown by assets/settings.js; without it, or when the
 * list cannot be loaded, the number field alone does the job).
 */
function lcw_render_team_search() {
	?>
	<div id="lcw-team-search-box" hidden>
		<p>
			<label for="lcw-team-search"><?php esc_html_e( 'Or find your library’s team by name', 'learning-circle-widgets' ); ?></label><br>
			<input class="regular-text" type="search" id="lcw-team-search" autocomplete="off" aria-controls="lcw-team-results" aria-describedby="lcw-team-status">
		</p>
		<p id="lcw-team-status" role="status"></p>
		<ul id="lcw-team-results"></ul>
	</div>
	<?php
}

/**
 * The team search's script and its texts, on this settings page only.
 *
 * @param string $hook_suffix The admin page being loaded.
 */
function lcw_enqueue_settings_script( $hook_suffix ) {
	if ( 'settings_page_learning-circle-widgets' !== $hook_suffix ) {
		return;
	}
	wp_enqueue_script( 'learning-circle-widgets-settings', plugins_url( 'assets/settings.js', LCW_FILE ), array( 'wp-api-fetch' ), LCW_VERSION, true );
	wp_localize_script(
		'learning-circle-widgets-settings',
		'lcwSettings',
		array(
			'path'    => '/learning-circle-widgets/v1/teams',
			/* translators: %d: how many teams match the search. */
			'found'   => __( 'Teams found: %d. Choose yours.', 'learning-circle-widgets' ),
			'none'    => __( 'No team has that name. Try part of the name, or the city.', 'learning-circle-widgets' ),
			'loading' => __( 'Loading P2PU’s teams…', 'learning-circle-widgets' ),
			'failed'  => __( 'The list of teams could not be loaded. Type your team number above; P2PU can tell you what it is.', 'learning-circle-widgets' ),
			/* translators: %d: the team's number of learning circles. */
			'circles' => __( 'learning circles: %d', 'learning-circle-widgets' ),
			/* translators: 1: the team's name, 2: its number. */
			'chosen'  => __( 'Chosen: %1$s (team %2$d). Save the changes to keep it.', 'learning-circle-widgets' ),
		)
	);
}
add_action( 'admin_enqueue_scripts', 'lcw_enqueue_settings_script' );
