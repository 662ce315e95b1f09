/**
 * Settings → Learning circles: the library's team found by name (as the snippet builder's
 * <team-picker>). The list comes from WordPress (GET learning-circle-widgets/v1/teams, which asks
 * the P2PU server and keeps the answer 15 minutes), is loaded on first use and filtered here.
 * Choosing a team writes its number into the "team number" field, which stays the way in when
 * the list cannot be loaded. Every text from P2PU is set as text, never as HTML.
 */
( function () {
	'use strict';

	var texts = window.lcwSettings;
	var box = document.getElementById( 'lcw-team-search-box' );
	var search = document.getElementById( 'lcw-team-search' );
	var status = document.getElementById( 'lcw-team-status' );
	var results = document.getElementById( 'lcw-team-results' );
	var number = document.getElementById( 'lcw-team_id' );
	var endpointField = document.getElementById( 'lcw-endpoint' );
	if ( ! texts || ! box || ! search || ! status || ! results || ! number || ! window.wp || ! wp.apiFetch ) {
		return;
	}
	var MAX = 8;
	var teams = null;
	var loading = null;
	var loadedFor = null;

	/** Lower case, without accents: "Köln" → "koln". */
	function fold( text ) {
		return String( text || '' ).normalize( 'NFKD' ).replace( /[\u0300-\u036f]/g, '' ).toLowerCase();
	}
	function words( text ) {
		return fold( text ).split( /[^\p{L}\p{N}]+/u ).filter( Boolean );
	}
	/** The teams where each word of the query starts a word of the name or the location. */
	function matches( query ) {
		var wanted = words( query );
		if ( ! wanted.length ) {
			return [];
		}
		return teams.filter( function ( team ) {
			var own = words( team.name ).concat( words( team.location ) );
			return wanted.every( function ( w ) {
				return own.some( function ( o ) {
					return o.indexOf( w ) === 0;
				} );
			} );
		} );
	}
	function load() {
		var endpoint = endpointField ? endpointField.value.trim() : '';
		if ( loading && loadedFor === endpoint ) {
			return loading;
		}
		loadedFor = endpoint;
		status.textContent = texts.loading;
		loading = wp.apiFetch( { path: texts.path + ( endpoint ? '?endpoint=' + encodeURIComponent( endpoint ) : '' ) } ).then(
			function ( list ) {
				teams = Array.isArray( list ) ? list : [];
				return teams;
			},
			function ( error ) {
				loading = null;
				teams = null;
				throw error;
			}
		);
		return loading;
	}
	function show() {
		var found = matches( search.value );
		results.replaceChildren();
		if ( ! search.value.trim() ) {
			status.textContent = '';
			return;
		}
		status.textContent = found.length ? texts.found.replace( '%d', String( found.length ) ) : texts.none;
		found.slice( 0, MAX ).forEach( function ( team ) {
			var item = document.createElement( 'li' );
			var button = document.createElement( 'button' );
			button.type = 'button';
			button.className = 'button-link';
			button.dataset.teamId = String( team.id );
			var name = document.createElement( 'strong' );
			name.textContent = team.name;
			button.append( name, ' — ' + [ team.location, texts.circles.replace( '%d', String( team.circles ) ) ].filter( Boolean ).join( ', ' ) );
			button.addEventListener( 'click', function () {
				number.value = String( team.id );
				results.replaceChildren();
				// Functions, not strings, as replacements: a "$&" in a team's name stays as it is.
				status.textContent = texts.chosen.replace( '%2$d', String( team.id ) ).replace( '%1$s', function () {
					return team.name;
				} );
				number.focus();
			} );
			item.append( button );
			results.append( item );
		} );
	}
	search.addEventListener( 'input', function () {
		load().then( show, function () {
			status.textContent = texts.failed;
		} );
	} );
	if ( endpointField ) {
		endpointField.addEventListener( 'change', function () {
			loading = null;
			teams = null;
		} );
	}
	box.hidden = false;
}() );
