import { css } from 'lit';

/**
 * <team-profile>: one frame with the team's head (logo, name, subtitle, place), its numbers, the
 * organizers' introduction, its people and the link to its learning circles. The host is a size
 * container: narrow (a sidebar, a 320 px phone) the people stack, wide they sit two or three to a
 * row. Reads only the `--_*` variables of hostStyles; em/px and logical properties.
 */
export const teamProfileStyles = css`
  :host {
    container: team-profile / inline-size;
  }
  .profile {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .profile.skeleton {
    gap: 0.6em;
    border-color: var(--_surface-alt);
  }
  p,
  ul {
    margin: 0;
  }
  .icon {
    flex: none;
    inline-size: 1.2em;
    block-size: 1.2em;
  }

  /* a picture that failed to load leaves no empty box */
  .image[hidden],
  .logo[hidden],
  .avatar[hidden] {
    display: none;
  }

  /* ---------- Head ---------- */
  .image {
    display: block;
    inline-size: calc(100% + 2 * var(--_space));
    max-inline-size: none;
    block-size: auto;
    aspect-ratio: 8 / 3;
    margin: calc(var(--_space) * -1) calc(var(--_space) * -1) 0;
    border-radius: calc(var(--_radius) - 1px) calc(var(--_radius) - 1px) 0 0;
    object-fit: cover;
    background: var(--_surface-alt);
  }
  .head {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
  }
  .head-text {
    display: grid;
    gap: 0.25em;
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .logo {
    flex: none;
    inline-size: 64px;
    block-size: 64px;
    object-fit: contain;
  }
  .name {
    margin: 0;
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.25;
  }
  .name:focus {
    outline: none;
  }
  .name:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 2px;
  }
  .subtitle {
    color: var(--_muted);
  }
  .location {
    display: flex;
    align-items: flex-start;
    gap: 0.35em;
    color: var(--_muted);
  }
  .location .icon {
    margin-block-start: 0.15em;
  }

  /* ---------- Numbers ---------- */
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    padding: 0;
    list-style: none;
    font-weight: 600;
  }
  .count {
    display: flex;
    align-items: flex-start;
    gap: 0.4em;
  }
  .count .icon {
    /* never squeezed or left alone on a line: the icon belongs to its words */
    flex: none;
    margin-block-start: 0.15em;
    color: var(--_brand);
  }
  .count.pending {
    inline-size: 12em;
    align-items: center;
  }
  .count.pending .bone {
    inline-size: 100%;
  }

  /* ---------- The organizers' words ---------- */
  /* organizers' HTML may have no paragraphs: words and line breaks flow as text, blocks get space */
  .intro > :is(p, ul, ol) {
    margin-block: 0;
  }
  .intro > :is(p, ul, ol) + :is(p, ul, ol) {
    margin-block-start: 0.6em;
  }
  .intro ul,
  .intro ol {
    padding-inline-start: 1.5em;
  }
  .intro li + li {
    margin-block-start: 0.25em;
  }
  .intro a,
  .website-line a {
    color: var(--_link);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .intro a .icon,
  .website-line .icon {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    margin-inline-start: 0.25em;
    vertical-align: -0.15em;
  }

  /* ---------- People ---------- */
  .people {
    display: grid;
    gap: 0.75em;
  }
  .people-title {
    margin: 0;
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.3;
  }
  .people-list {
    display: grid;
    grid-template-columns: 1fr;
    gap: 1em;
    padding: 0;
    list-style: none;
  }
  .person {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    min-inline-size: 0;
  }
  .avatar {
    flex: none;
    inline-size: 48px;
    block-size: 48px;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface-alt);
  }
  .avatar.initial {
    display: grid;
    place-items: center;
    color: var(--_text);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1;
    overflow: hidden;
  }
  .person-text {
    display: grid;
    gap: 0.15em;
    min-inline-size: 0;
  }
  .person-name {
    font-weight: 700;
  }
  .person-facts {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .role {
    font-weight: 600;
  }
  .bio {
    font-size: 0.95em;
  }

  /* ---------- Action ---------- */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  @container team-profile (min-width: 560px) {
    .people-list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container team-profile (min-width: 860px) {
    .people-list {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container team-profile (max-width: 359px) {
    .logo {
      inline-size: 48px;
      block-size: 48px;
    }
    .name {
      font-size: 1.2em;
    }
    .actions .button {
      inline-size: 100%;
    }
  }
`;
